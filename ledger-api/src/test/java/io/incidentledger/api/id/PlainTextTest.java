package io.incidentledger.api.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void controlCharactersAndNoncharactersBecomeTheReplacementCharacter() {
        assertThat(PlainText.clean("a\u0000b\u0007c\uFFFFd\uFFFEe\uFDD0f\u009Bg")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg");
        assertThat(PlainText.clean("plane 1 \uD83F\uDFFF")).isEqualTo("plane 1 \uFFFD");
    }

    @Test
    void tabsLineBreaksEmojiAndEveryScriptStayAsTheyAre() {
        String text = "line one\n\tline two\r\n🔥 日本語 ᜻ <script>";
        assertThat(PlainText.clean(text)).isSameAs(text);
        assertThat(PlainText.clean(null)).isNull();
    }

    @Test
    void chatTextIsKeptClean() {
        assertThat(new ChatText("cache \uFFFF cold").value()).isEqualTo("cache \uFFFD cold");
    }
}
