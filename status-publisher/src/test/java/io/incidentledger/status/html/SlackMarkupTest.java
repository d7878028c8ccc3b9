package io.incidentledger.status.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackMarkupTest {

    private static final Map<String, String> NAMES = Map.of("U123", "Grace Hopper");

    @Test
    void linksBoldItalicsAndMentionsBecomeHtml() {
        assertThat(SlackMarkup.toHtml("<https://x.test|label> *bold* _it_ <@U123>", NAMES)).isEqualTo(
                "<a href=\"https://x.test\" rel=\"nofollow noopener\">label</a> <strong>bold</strong> <em>it</em> "
                        + "<span class=\"mention\">@Grace Hopper</span>");
    }

    @Test
    void anythingElseIsEscaped() {
        assertThat(SlackMarkup.toHtml("<script>alert(1)</script> <img src=x onerror=alert(1)> a & b \"q\"", NAMES))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; a &amp; b &quot;q&quot;");
    }

    @Test
    void onlyWebAndMailLinksAreLinked() {
        assertThat(SlackMarkup.toHtml("<javascript:alert(1)|click>", NAMES)).doesNotContain("<a ")
                .isEqualTo("&lt;javascript:alert(1)|click&gt;");
        assertThat(SlackMarkup.toHtml("<https://x.test/\" onmouseover=\"alert(1)|x>", NAMES)).doesNotContain("<a ");
    }

    @Test
    void slackEscapedEntitiesAreDecodedOnceThenEscaped() {
        assertThat(SlackMarkup.toHtml("&lt;b&gt; &amp;", NAMES)).isEqualTo("&lt;b&gt; &amp;");
    }

    @Test
    void unknownMentionsFallBackToTheirLabelOrId() {
        assertThat(SlackMarkup.toPlain("<@U999|bob> and <@U998>", NAMES)).isEqualTo("@bob and @U998");
    }

    @Test
    void plainTextKeepsWordsAndDropsMarkup() {
        assertThat(SlackMarkup.toPlain("<https://x.test|docs> *now* _ok_ <@U123> <script>", NAMES))
                .isEqualTo("docs (https://x.test) now ok @Grace Hopper <script>");
    }

    @Test
    void snakeCaseWordsAreNotItalicised() {
        assertThat(SlackMarkup.toHtml("db_primary_host", NAMES)).isEqualTo("db_primary_host");
    }
}
