package io.incidentledger.status.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PageTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    @Test
    void everyKeyIsInBothLanguagesWithTheSamePlaceholdersAndNoEmptyText() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");

        assertThat(german.stringPropertyNames()).as("keys of messages_de.properties")
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(german.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(german.getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void germanTextsAreGermanAndEveryOtherKeyIsNotTheEnglishText() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");
        // the same in both languages on purpose: feed and format names
        Set<String> sameWord = Set.of("past.rss", "past.json");

        assertThat(PageTexts.of(Locale.GERMAN, ZoneId.of("UTC")).text("header.operational"))
                .isEqualTo("Alle Systeme betriebsbereit");
        assertThat(english.stringPropertyNames().stream().filter(key -> !sameWord.contains(key))
                .filter(key -> english.getProperty(key).equals(german.getProperty(key)))).isEmpty();
    }

    @Test
    void datesFollowTheLanguageAndShowThePagesTimeZone() {
        assertThat(PageTexts.of(Locale.ENGLISH, ZoneId.of("UTC")).when(T0)).isEqualTo("22 Nov 2026, 09:00 UTC");
        assertThat(PageTexts.of(Locale.GERMAN, ZoneId.of("UTC")).when(T0)).isEqualTo("22. Nov. 2026, 09:00 UTC");
        assertThat(PageTexts.of(Locale.GERMAN, ZoneId.of("Europe/Berlin")).when(T0)).isEqualTo("22. Nov. 2026, 10:00 MEZ");
        assertThat(PageTexts.of(Locale.ENGLISH, ZoneId.of("America/New_York")).when(T0)).isEqualTo("22 Nov 2026, 04:00 EST");
    }

    @Test
    void argumentsFillTheirPlaceholdersAndHtmlEscapesOnlyTheTextsOwnWords() {
        PageTexts german = PageTexts.of(Locale.GERMAN, ZoneId.of("UTC"));

        assertThat(german.text("header.incidents", 3)).isEqualTo("3 laufende Störungen");
        assertThat(german.html("incident.affected", "<b>API</b>")).isEqualTo("Betroffen: <b>API</b>");
        assertThat(german.lang()).isEqualTo("de");
    }

    @Test
    void aMissingKeyIsAnErrorThatNamesIt() {
        assertThatThrownBy(() -> PageTexts.of(Locale.ENGLISH, ZoneId.of("UTC")).text("no.such.key"))
                .hasMessageContaining("no.such.key");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties load(String file) throws IOException {
        var properties = new Properties();
        try (InputStream in = PageTexts.class.getClassLoader().getResourceAsStream("status-page/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
