package io.incidentledger.read.application.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void htmlFromChatStaysText() {
        assertThat(MarkdownText.inline("<script>alert(1)</script> <img src=x onerror=alert(1)> a & b"))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; a &amp; b");
    }

    @Test
    void linksImagesAndAutolinksCannotBeInjected() {
        assertThat(MarkdownText.inline("[click](javascript:alert(1)) ![](https://tracker.test/p.gif) <https://evil.test>"))
                .isEqualTo("\\[click\\](javascript:alert(1)) !\\[\\](https://tracker.test/p.gif) &lt;https://evil.test&gt;");
    }

    @Test
    void aTableCellStaysOneCellOnOneLine() {
        assertThat(MarkdownText.inline("a | b\r\nc \\| d")).isEqualTo("a \\| b<br>c \\\\\\| d");
    }

    @Test
    void aParagraphKeepsItsLinesButNotItsHtml() {
        assertThat(MarkdownText.block("line one\n<b>two</b>")).isEqualTo("line one\n&lt;b&gt;two&lt;/b&gt;");
        assertThat(MarkdownText.block(null)).isEmpty();
    }

    @Test
    void aBackslashInTheTextCannotUndoTheEscapingOfWhatFollowsIt() {
        assertThat(MarkdownText.inline("\\[x](javascript:alert(1)) \\|")).isEqualTo("\\\\\\[x\\](javascript:alert(1)) \\\\\\|");
    }

    @Test
    void entitiesTypedInChatShowAsTypedInsteadOfBecomingCharacters() {
        assertThat(MarkdownText.block("&lt;script&gt; &amp;")).isEqualTo("&amp;lt;script&amp;gt; &amp;amp;");
    }

    @Test
    void carriageReturnsAreDroppedSoNoLineEndingSplitsACellOrAParagraph() {
        assertThat(MarkdownText.inline("a\r\nb\rc")).isEqualTo("a<br>bc");
        assertThat(MarkdownText.block("a\r\nb")).isEqualTo("a\nb");
    }

    @Test
    void missingTextIsAnEmptyCell() {
        assertThat(MarkdownText.inline(null)).isEmpty();
    }
}
