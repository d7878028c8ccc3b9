package io.incidentledger.status.text;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public page's strings and dates in one language, from {@code status-page/messages*.properties}. Every renderer
 * of the page asks this for its words, so a section added later is translated like the rest.
 */
public final class PageTexts {

    static final String BUNDLE = "status-page/messages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    // no fallback to the JVM's default locale: a German server must not turn the English page German
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter when;

    private PageTexts(ResourceBundle bundle, Locale locale, ZoneId zone) {
        this.bundle = bundle;
        this.locale = locale;
        this.zone = zone;
        this.when = DateTimeFormatter.ofPattern(bundle.getString("date.pattern"), locale).withZone(zone);
    }

    public static PageTexts of(Locale locale, ZoneId zone) {
        return new PageTexts(bundle(locale), locale, zone);
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, PageTexts.class.getClassLoader(), NO_FALLBACK);
    }

    public Locale locale() {
        return locale;
    }

    /** For {@code <html lang>} and {@code xml:lang}. */
    public String lang() {
        return locale.toLanguageTag();
    }

    public ZoneId zone() {
        return zone;
    }

    /** The text of a key, {@code {0}}, {@code {1}}… replaced by the arguments as they are. */
    public String text(String key, Object... args) {
        return fill(key, false, args);
    }

    /** The text as HTML: its own words escaped, the arguments (already HTML) inserted as they are. */
    public String html(String key, String... htmlArgs) {
        return fill(key, true, (Object[]) htmlArgs);
    }

    /** An instant as the language writes it, in the page's time zone, with the zone's name. */
    public String when(Instant instant) {
        return when.format(instant);
    }

    private static String escape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private String fill(String key, boolean html, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            throw new IllegalArgumentException("No page text " + key + " in " + BUNDLE, missing);
        }
        var out = new StringBuilder(pattern.length() + 32);
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        int from = 0;
        while (placeholder.find()) {
            String literal = pattern.substring(from, placeholder.start());
            out.append(html ? escape(literal) : literal).append(args[Integer.parseInt(placeholder.group(1))]);
            from = placeholder.end();
        }
        String rest = pattern.substring(from);
        return out.append(html ? escape(rest) : rest).toString();
    }
}
