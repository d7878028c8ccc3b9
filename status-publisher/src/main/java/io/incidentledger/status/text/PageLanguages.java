package io.incidentledger.status.text;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The languages the page is offered in ({@code status-page.locales}), the one it falls back to
 * ({@code status-page.locale}), and which of them a reader's {@code Accept-Language} asks for.
 */
public final class PageLanguages {

    private final PageTexts fallback;
    private final Map<Locale, PageTexts> offered = new LinkedHashMap<>();

    public PageLanguages(Locale fallback, List<Locale> offered, ZoneId zone) {
        for (Locale locale : offered.contains(fallback) ? offered : concat(fallback, offered)) {
            if (!shipped(locale)) {
                throw new IllegalArgumentException("status-page.locales names " + locale.toLanguageTag()
                        + ", but this app has no page texts for it (status-page/messages_"
                        + locale.getLanguage() + ".properties); it ships en and de");
            }
            this.offered.put(locale, PageTexts.of(locale, zone));
        }
        this.fallback = this.offered.get(fallback);
    }

    /** The default language's texts: the static export and the badges speak it. */
    public PageTexts fallback() {
        return fallback;
    }

    /** The best offered language for an {@code Accept-Language} header; none, or one that is not a list: the default. */
    public PageTexts preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return fallback;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), offered.keySet());
            return best == null ? fallback : offered.get(best);
        } catch (IllegalArgumentException malformed) {
            return fallback;
        }
    }

    public List<Locale> offered() {
        return List.copyOf(offered.keySet());
    }

    // English is the base bundle; any other language needs a bundle of its own
    private static boolean shipped(Locale locale) {
        return locale.getLanguage().equals("en") || PageTexts.bundle(locale).getLocale().getLanguage()
                .equals(locale.getLanguage());
    }

    private static List<Locale> concat(Locale first, List<Locale> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }
}
