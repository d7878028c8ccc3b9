package io.incidentledger.app;

import static io.incidentledger.app.testdata.SlackPayloads.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.LedgerEvents;
import io.incidentledger.app.testdata.RunningApp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * An incident's snapshot holds no chat text: a change to a message from before the snapshot reads that message's
 * text back from the ledger, so an edit still keeps the earlier text and a pin still shows what was said.
 */
@AppOnLocalServers
class ChatAfterSnapshotIT extends RunningApp {

    private static final String ADA = "U0ADA";
    private static final AtomicLong TS = new AtomicLong(1_700_950_000L);

    @Test
    void anEditAndAPinOfMessagesFromBeforeTheSnapshotKeepTheirRecordedTexts() throws Exception {
        String channel = "C0SNAP" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var declared = client.slashCommandAs(ADA, channel, "declare Snapshot texts " + channel);
        String ref = SlackAppIT.REF.matcher(json.readTree(declared.body()).path("text").asText()).results().findFirst().orElseThrow().group();
        String first = "runbook step zero " + UUID.randomUUID();
        String second = "pager rotated to bob " + UUID.randomUUID();
        String firstTs = ts();
        String secondTs = ts();
        post(message(channel, ADA, firstTs, first));
        post(message(channel, ADA, secondTs, second));
        for (int i = 0; i < 55; i++) {
            post(message(channel, ADA, ts(), "chatter " + i));
        }
        String incident = jdbc.queryForObject("SELECT incident_id FROM incident_directory WHERE number = ?", String.class,
                Long.parseLong(ref.substring(4)));
        await().atMost(Duration.ofSeconds(60)).until(() -> snapshots(incident).size() == 1);
        assertThat(snapshots(incident).get(0)).contains("withText", firstTs).doesNotContain(first, second, "chatter 1");

        post(messageChanged(channel, ADA, firstTs, first, first + " (revised)", ts()));
        post(pinAdded(channel, ADA, secondTs, "what the pin event says", ts()));

        assertThat(LedgerEvents.payloads(jdbc, eventSerializer, ref, "ChatMessageEdited")).singleElement()
                .satisfies(edit -> assertThat(edit).contains("\"previousText\":\"" + first + "\"", "\"text\":\"" + first + " (revised)\""));
        assertThat(LedgerEvents.payloads(jdbc, eventSerializer, ref, "MessagePinned")).singleElement()
                .satisfies(pin -> assertThat(pin).contains("\"text\":\"" + second + "\"").doesNotContain("what the pin event says"));
    }

    private List<String> snapshots(String incident) {
        return jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM snapshotevententry WHERE aggregateidentifier = ?",
                String.class, incident);
    }

    private void post(String event) {
        var response = client.postEvent(eventCallback("Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 12), event), 0);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static String ts() {
        return TS.incrementAndGet() + ".000300";
    }
}
