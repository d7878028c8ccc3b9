package io.incidentledger.app;

import static io.incidentledger.app.testdata.SlackPayloads.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.LedgerEvents;
import io.incidentledger.app.testdata.RunningApp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every Events API delivery in Slack's own shapes is answered 200 once recorded or deliberately ignored, and a
 * change that arrives before its message is applied when the message arrives.
 */
@AppOnLocalServers
class SlackDeliveriesIT extends RunningApp {

    private static final Duration VIEWS = Duration.ofSeconds(90);
    private static final String ADA = "U0ADA";
    private static final AtomicLong TS = new AtomicLong(1_700_000_100L);

    String channel;
    String ref;

    @BeforeEach
    void declareInAFreshChannel() throws Exception {
        channel = "C0EDGE" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var reply = client.slashCommandAs(ADA, channel, "declare Edge cases " + channel);
        ref = SlackAppIT.REF.matcher(json.readTree(reply.body()).path("text").asText()).results().findFirst().orElseThrow().group();
    }

    @Test
    void threadBroadcastMeMessageAndFileShareAreRecordedAsChatMessages() {
        String root = ts();
        post(message(channel, ADA, root, "db failover started"));
        post(threadBroadcast(channel, "U0BOB", ts(), root, "failover done, also sent to the channel"));
        post(meMessage(channel, "U0BOB", ts(), "is watching the graphs"));
        post(fileShare(channel, ADA, ts(), "logs attached", "[" + file("F0LOG1", "api.log") + "," + file("F0LOG2", "db.log") + "]"));

        assertThat(events("ChatMessageRecorded")).isEqualTo(4);
        assertThat(allPayloads("ChatMessageRecorded")).anySatisfy(p -> assertThat(p).contains("failover done, also sent", "\"threadId\":\"" + root))
                .anySatisfy(p -> assertThat(p).contains("is watching the graphs"))
                .anySatisfy(p -> assertThat(p).contains("logs attached", "api.log", "db.log"));
    }

    @Test
    void joinsTopicsPurposesLeavesBotPostsAndUnknownSubtypesAre200AndRecordNothing() {
        long before = events(null);

        post(channelEvent("channel_join", channel, "U0BOT", ts(), "<@U0BOT> has joined the channel", "\"inviter\":\"U0ADA\""));
        post(channelEvent("channel_topic", channel, "U0BOT", ts(), "set the channel topic: " + ref, "\"topic\":\"" + ref + "\""));
        post(channelEvent("channel_purpose", channel, "U0BOT", ts(), "set the channel purpose: edge", "\"purpose\":\"edge\""));
        post(channelEvent("channel_leave", channel, "U0BOB", ts(), "<@U0BOB> has left the channel", ""));
        post(botMessage(channel, ts(), "headline"));
        post(channelEvent("reminder_add", channel, ADA, ts(), "set up a reminder", ""));

        assertThat(events(null)).isEqualTo(before);
    }

    @Test
    void aMessageWhoseDeleteCameFirstIsRecordedAsDeletedAndItsTextNeverShowsLive() throws Exception {
        String ts = ts();
        post(messageDeleted(channel, ADA, ts, "key AKIAEDGEKEY" + channel, ts()));
        post(message(channel, ADA, ts, "key AKIAEDGEKEY" + channel));
        post(message(channel, ADA, ts, "key AKIAEDGEKEY" + channel));

        assertThat(events("ChatMessageRecorded")).isZero();
        assertThat(events("ChatMessageDeleted")).isEqualTo(2);
        assertThat(allPayloads("ChatMessageDeleted")).anySatisfy(p -> assertThat(p).contains("\"previousText\":\"key AKIAEDGEKEY"));
        String marker = "marker" + UUID.randomUUID().toString().replace("-", "");
        post(message(channel, ADA, ts(), marker));
        await().atMost(VIEWS).untilAsserted(() -> assertThat(client.getAsReader("/api/search?q=" + marker).body()).contains(ref));
        assertThat(client.getAsReader("/api/search?q=AKIAEDGEKEY" + channel).body()).doesNotContain(ref);
        await().atMost(VIEWS).untilAsserted(() -> assertThat(timeline()).anySatisfy(e -> assertThat(e.path("text").asText()).isEqualTo(marker)));
        // one line, as in order (message, then its delete): the delete's stand-in gives way to the message, deleted
        assertThat(timeline()).filteredOn(e -> e.path("kind").asText().startsWith("chat_message_") && !e.path("text").asText().equals(marker))
                .hasSize(1).allSatisfy(e -> assertThat(e.path("deleted").asBoolean()).isTrue())
                .anySatisfy(e -> assertThat(e.path("text").asText()).isEqualTo("key AKIAEDGEKEY" + channel));
    }

    @Test
    void anEditBeforeItsMessageIsAppliedWhenTheMessageArrives() throws Exception {
        String ts = ts();
        post(messageChanged(channel, ADA, ts, "restarting pods", "restarting api pods", ts()));
        post(message(channel, ADA, ts, "restarting pods"));

        assertThat(events("ChatMessageRecorded")).isEqualTo(1);
        assertThat(events("ChatMessageEdited")).isEqualTo(2);
        await().atMost(VIEWS).untilAsserted(() -> assertThat(timeline())
                .anySatisfy(e -> {
                    assertThat(e.path("kind").asText()).isEqualTo("chat_message_recorded");
                    assertThat(e.path("text").asText()).isEqualTo("restarting api pods");
                    assertThat(e.path("earlierTexts").toString()).contains("restarting pods");
                }));
    }

    @Test
    void aMessageLongerThanSlacksLimitIsRecordedCutWithAMark() {
        post(message(channel, ADA, ts(), "x".repeat(40_000) + "y".repeat(12_345)));

        assertThat(LedgerEvents.firstPayload(jdbc, eventSerializer, ref, "ChatMessageRecorded"))
                .contains("x".repeat(40_000) + "… [truncated: 12,345 more characters]").doesNotContain("yy");
    }

    private void post(String event) {
        var response = client.postEvent(eventCallback("Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 12), event), 0);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private List<JsonNode> timeline() throws Exception {
        HttpResponse<String> response = client.getAsReader("/api/incidents/" + ref + "/timeline");
        // 404 until the timeline view has seen the incident, 503 while the views start
        if (response.statusCode() == 404 || response.statusCode() == 503) {
            return List.of();
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode entries = json.readTree(response.body()).path("entries");
        return entries.isArray() ? json.convertValue(entries, json.getTypeFactory().constructCollectionType(List.class, JsonNode.class)) : List.of();
    }

    private long events(String type) {
        return LedgerEvents.count(jdbc, ref, type);
    }

    private List<String> allPayloads(String type) {
        return LedgerEvents.payloads(jdbc, eventSerializer, ref, type);
    }

    private static String ts() {
        return TS.incrementAndGet() + ".000100";
    }
}
