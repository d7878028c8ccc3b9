package io.incidentledger.status.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatEscapingTest {

    private static final String HOSTILE = "<!channel> <!here> <!everyone> <@U123> <#C456> <http://evil.test|Click> & done";

    @Test
    void slackMentionsAndDisguisedLinksBecomePlainText() {
        assertThat(ChatEscaping.SLACK.escape(HOSTILE)).isEqualTo("&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; "
                + "&lt;@U123&gt; &lt;#C456&gt; &lt;http://evil.test|Click&gt; &amp; done");
    }

    @Test
    void teamsMentionsHtmlAndMarkdownLinksBecomePlainText() {
        assertThat(ChatEscaping.TEAMS.escape("<at>Ops</at> [Click](http://evil.test) ![x](http://t.test/p.gif) a\\b"))
                .isEqualTo("&lt;at&gt;Ops&lt;/at&gt; \\[Click\\](http://evil.test) !\\[x\\](http://t.test/p.gif) a\\\\b");
    }

    @Test
    void aWebhookGetsTheValueAsTypedAndNothingIsNull() {
        assertThat(ChatEscaping.NONE.escape(HOSTILE)).isEqualTo(HOSTILE);
        assertThat(ChatEscaping.SLACK.escape(null)).isEmpty();
    }

    @Test
    void theRouteTypeChoosesTheEscaping() {
        assertThat(ChatEscaping.forRoute("Slack")).isEqualTo(ChatEscaping.SLACK);
        assertThat(ChatEscaping.forRoute("teams")).isEqualTo(ChatEscaping.TEAMS);
        assertThat(ChatEscaping.forRoute("webhook")).isEqualTo(ChatEscaping.NONE);
    }
}
