package io.incidentledger.status.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PageLanguagesTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private final PageLanguages languages = new PageLanguages(Locale.ENGLISH, List.of(Locale.ENGLISH, Locale.GERMAN), UTC);

    @Test
    void acceptLanguageChoosesTheBestOfferedLanguage() {
        assertThat(languages.preferred("de-DE,de;q=0.9,en;q=0.8").locale()).isEqualTo(Locale.GERMAN);
        assertThat(languages.preferred("fr-CH, fr;q=0.9, de;q=0.5, en;q=0.4").locale()).isEqualTo(Locale.GERMAN);
        assertThat(languages.preferred("en-GB,de;q=0.5").locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void noMalformedOrUnofferedAcceptLanguageGetsTheDefault() {
        var germanFirst = new PageLanguages(Locale.GERMAN, List.of(Locale.ENGLISH), UTC);

        for (String header : new String[] {null, "", "fr", "*", "de;q=abc", "\u0000;;"}) {
            assertThat(languages.preferred(header).locale()).as(header).isEqualTo(Locale.ENGLISH);
            assertThat(germanFirst.preferred(header).locale()).as(header).isEqualTo(Locale.GERMAN);
        }
        assertThat(germanFirst.offered()).containsExactly(Locale.GERMAN, Locale.ENGLISH);
    }

    @Test
    void aLanguageWithoutTextsStopsTheStartWithASentence() {
        assertThatThrownBy(() -> new PageLanguages(Locale.ENGLISH, List.of(Locale.FRENCH), UTC))
                .hasMessageContaining("status-page.locales names fr").hasMessageContaining("messages_fr.properties");
    }
}
