package io.incidentledger.api.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChatLimitsTest {

    @Test
    void textUpToSlacksLimitIsKeptAsItIs() {
        String text = "a".repeat(ChatText.MAX_LENGTH);

        assertThat(ChatText.bounded(text)).isEqualTo(text);
        assertThat(ChatText.bounded(null)).isNull();
    }

    @Test
    void longerTextIsCutAtTheLimitWithAMarkSayingHowMuchWasCut() {
        String kept = ChatText.bounded("a".repeat(ChatText.MAX_LENGTH) + "b".repeat(12_345));

        assertThat(kept).startsWith("a".repeat(ChatText.MAX_LENGTH))
                .endsWith("… [truncated: 12,345 more characters]")
                .doesNotContain("b");
    }

    @Test
    void theCutNeverSplitsAnEmoji() {
        String kept = ChatText.bounded("🔥".repeat(ChatText.MAX_LENGTH + 1));

        assertThat(kept).startsWith("🔥".repeat(ChatText.MAX_LENGTH)).endsWith("[truncated: 1 more characters]");
        assertThat(kept.codePoints().filter(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)).isEmpty();
    }

    @Test
    void aDisplayNameIsTrimmedAndCutToFitEveryColumn() {
        var user = new ChatUser("29:teams-user", "  " + "N".repeat(300) + "  ");

        assertThat(user.name()).hasSize(ChatUser.MAX_NAME_LENGTH).startsWith("NNN").endsWith("…");
        assertThat(new ChatUser("U1", "  Ada  ").name()).isEqualTo("Ada");
    }

    @Test
    void anIdLongerThanAnyPlatformSendsIsRefusedWithASentence() {
        assertThatThrownBy(() -> new ChatUser("U".repeat(101), "Ada"))
                .isInstanceOf(InvalidChatInput.class).hasMessage("A user id is at most 100 characters; this one has 101.");
        assertThatThrownBy(() -> new ChatOrigin(Platform.TEAMS, "a:".repeat(151), new ChatUser("U1", null)))
                .isInstanceOf(InvalidChatInput.class).hasMessage("A channel id is at most 300 characters; this one has 302.");
        assertThat(new ChatOrigin(Platform.TEAMS, "a:" + "x".repeat(298), new ChatUser("U1", null)).channelId()).hasSize(300);
        assertThatThrownBy(() -> new ChatUser(" ", "Ada")).isInstanceOf(InvalidChatInput.class);
    }
}
