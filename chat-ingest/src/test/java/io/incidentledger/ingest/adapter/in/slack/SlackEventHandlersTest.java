package io.incidentledger.ingest.adapter.in.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.Platform;
import io.incidentledger.ingest.application.ChatCommandService;
import io.incidentledger.ingest.application.ChatRecordService;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Events API as Slack delivers it: what goes into the flight recorder, at which time, under which event id. */
class SlackEventHandlersTest {

    private static final String TS = "1700000100.000100";
    private static final Instant AT_TS = Instant.parse("2023-11-14T22:15:00.000100Z");
    private static final Instant LATER = Instant.parse("2023-11-14T22:16:40.000100Z");

    private final ChatRecordService record = mock(ChatRecordService.class);
    private final FakeSlackApi api = FakeSlackApi.start();
    private final SlackInbound slack = new SlackInbound(mock(ChatCommandService.class), record, api, false);

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aThreadReplyIsRecordedInItsThreadAtItsOwnTimeUnderItsEventId() throws Exception {
        String eventId = fresh();

        var response = slack.event(eventId, "{\"type\":\"message\",\"channel\":\"C0INC\",\"user\":\"U0BOB\",\"text\":\"pool at 100\","
                + "\"ts\":\"" + TS + "\",\"thread_ts\":\"1700000000.000100\",\"parent_user_id\":\"U0ADA\",\"event_ts\":\"" + TS
                + "\",\"channel_type\":\"channel\"}");

        assertThat(response.getStatusCode()).isEqualTo(200);
        verify(record).said(origin("U0BOB"), TS, "1700000000.000100", "pool at 100", AT_TS, eventId);
    }

    @Test
    void aSharedFileIsRecordedAsItsNameAndLinkNeverItsContent() throws Exception {
        String eventId = fresh();

        slack.event(eventId, "{\"type\":\"message\",\"subtype\":\"file_share\",\"text\":\"the dump\",\"files\":[{\"id\":\"F0LOG\","
                + "\"created\":1700000100,\"name\":\"heap.txt\",\"mimetype\":\"text/plain\",\"user\":\"U0ADA\",\"mode\":\"hosted\","
                + "\"permalink\":\"https://acme.slack.com/files/U0ADA/F0LOG/heap.txt\",\"size\":1024},{\"id\":\"F0HIDDEN\","
                + "\"file_access\":\"check_file_info\"}],\"upload\":false,\"user\":\"U0ADA\",\"display_as_bot\":false,\"ts\":\"" + TS
                + "\",\"channel\":\"C0INC\",\"event_ts\":\"" + TS + "\",\"channel_type\":\"channel\"}");

        verify(record).said(origin("U0ADA"), TS, null,
                "the dump\nFiles: heap.txt <https://acme.slack.com/files/U0ADA/F0LOG/heap.txt>, file F0HIDDEN", AT_TS, eventId);
    }

    @Test
    void anEditIsRecordedAsTheNewTextOfTheSameMessageAtTheEditsTime() throws Exception {
        String eventId = fresh();

        slack.event(eventId, "{\"type\":\"message\",\"subtype\":\"message_changed\",\"channel\":\"C0INC\",\"hidden\":true,"
                + "\"message\":{\"type\":\"message\",\"user\":\"U0ADA\",\"text\":\"restarting api pods\",\"ts\":\"" + TS + "\","
                + "\"edited\":{\"user\":\"U0ADA\",\"ts\":\"1700000200.000100\"}},\"previous_message\":{\"type\":\"message\","
                + "\"user\":\"U0ADA\",\"text\":\"restarting pods\",\"ts\":\"" + TS + "\"},\"event_ts\":\"1700000200.000100\","
                + "\"ts\":\"1700000200.000100\",\"channel_type\":\"channel\"}");

        verify(record).edited(origin("U0ADA"), TS, "restarting api pods", LATER, eventId);
    }

    @Test
    void aDeletionIsRecordedForTheDeletedMessageByItsAuthor() throws Exception {
        String eventId = fresh();

        slack.event(eventId, "{\"type\":\"message\",\"subtype\":\"message_deleted\",\"channel\":\"C0INC\",\"hidden\":true,"
                + "\"deleted_ts\":\"" + TS + "\",\"previous_message\":{\"type\":\"message\",\"user\":\"U0BOB\",\"text\":\"oops\","
                + "\"ts\":\"" + TS + "\"},\"event_ts\":\"1700000200.000100\",\"ts\":\"1700000200.000100\",\"channel_type\":\"channel\"}");

        verify(record).deleted(origin("U0BOB"), TS, LATER, eventId);
    }

    @Test
    void aPinIsRecordedWithThePinnedMessagesOwnTime() throws Exception {
        String eventId = fresh();

        slack.event(eventId, "{\"type\":\"pin_added\",\"user\":\"U0ADA\",\"channel_id\":\"C0INC\",\"item\":{\"type\":\"message\","
                + "\"channel\":\"C0INC\",\"created\":1700000300,\"created_by\":\"U0ADA\",\"message\":{\"type\":\"message\","
                + "\"user\":\"U0BOB\",\"text\":\"db connections exhausted\",\"ts\":\"" + TS + "\"}},\"item_user\":\"U0BOB\","
                + "\"pin_count\":1,\"event_ts\":\"1700000200.000100\"}");

        verify(record).pinned(origin("U0ADA"), TS, "db connections exhausted", AT_TS, LATER, eventId);
    }

    @Test
    void aTimelineReactionIsRecordedAndAnyOtherIsNot() throws Exception {
        String eventId = fresh();

        slack.event(eventId, reaction("pushpin"));
        slack.event(fresh(), reaction("tada"));

        verify(record).reacted(origin("U0BOB"), TS, "pushpin", LATER, eventId);
        verify(record, org.mockito.Mockito.never()).reacted(any(), any(), eq("tada"), any(), any());
    }

    @Test
    void theAppsOwnPostsAndTheJoinsItCausesAreAcknowledgedAndNotRecorded() throws Exception {
        var bot = slack.event(fresh(), "{\"type\":\"message\",\"subtype\":\"bot_message\",\"channel\":\"C0INC\",\"bot_id\":\"B0BOT\","
                + "\"text\":\"headline\",\"ts\":\"" + TS + "\",\"event_ts\":\"" + TS + "\",\"channel_type\":\"channel\"}");
        var join = slack.event(fresh(), "{\"type\":\"message\",\"subtype\":\"channel_join\",\"ts\":\"" + TS + "\",\"user\":\"U0BOT\","
                + "\"text\":\"<@U0BOT> has joined the channel\",\"channel\":\"C0INC\",\"event_ts\":\"" + TS + "\",\"channel_type\":\"channel\"}");

        assertThat(bot.getStatusCode()).isEqualTo(200);
        assertThat(join.getStatusCode()).isEqualTo(200);
        verifyNoInteractions(record);
    }

    private static String reaction(String emoji) {
        return "{\"type\":\"reaction_added\",\"user\":\"U0BOB\",\"reaction\":\"" + emoji + "\",\"item_user\":\"U0ADA\","
                + "\"item\":{\"type\":\"message\",\"channel\":\"C0INC\",\"ts\":\"" + TS + "\"},\"event_ts\":\"1700000200.000100\"}";
    }

    private static ChatOrigin origin(String user) {
        return new ChatOrigin(Platform.SLACK, "C0INC", new ChatUser(user, null));
    }

    private static String fresh() {
        return "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
