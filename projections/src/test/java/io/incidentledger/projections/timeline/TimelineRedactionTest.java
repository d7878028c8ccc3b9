package io.incidentledger.projections.timeline;

import static io.incidentledger.projections.testdata.ScriptedIncident.ADA;
import static io.incidentledger.projections.testdata.ScriptedIncident.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.event.*;
import io.incidentledger.api.id.Severity;
import io.incidentledger.projections.testdata.ScriptedIncident;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A redaction folded live (over the texts Kafka carried) leaves the timeline a replay builds from the event store,
 * where the erased texts already read as the marker: the same, entry for entry, and without the text.
 */
class TimelineRedactionTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private final ScriptedIncident incident = new ScriptedIncident(7);

    @Test
    void oneRedactedMessageReadsAsTheMarkerLiveAndAfterAReplayAndTheOthersStay() {
        List<LedgerEvent> chat = chatWithASecret();
        LedgerEvent redaction = incident.redacted("m1", "pasted a token", ADA, T0.plusSeconds(60));
        String marker = ((ChatTextRedacted) redaction.event()).marker();

        IncidentTimeline live = fold(chat, redaction);
        IncidentTimeline replayed = fold(chat.stream().map(e -> textsOf(e, "m1", marker)).toList(), redaction);

        assertThat(live).isEqualTo(replayed);
        assertThat(live.toString()).doesNotContain("hunter2").contains("db is slow", "[redacted by ada at 2026-11-22T09:01:00Z]");
        assertThat(live.entries()).last().extracting(TimelineEntry::text).isEqualTo("message m1 redacted: pasted a token");
    }

    @Test
    void redactingAllChatLeavesNoChatTextLiveOrAfterAReplay() {
        List<LedgerEvent> chat = chatWithASecret();
        LedgerEvent redaction = incident.redacted(null, "personal data", BOB, T0.plusSeconds(60));
        String marker = ((ChatTextRedacted) redaction.event()).marker();

        IncidentTimeline live = fold(chat, redaction);
        IncidentTimeline replayed = fold(chat.stream().map(e -> textsOf(textsOf(e, "m1", marker), "m2", marker)).toList(), redaction);

        assertThat(live).isEqualTo(replayed);
        assertThat(live.toString()).doesNotContain("hunter2", "db is slow").contains(":eyes: " + marker, "Checkout down");
    }

    private List<LedgerEvent> chatWithASecret() {
        return List.of(incident.declared("Checkout down", Severity.SEV2, T0),
                incident.message("m1", "token is hunter2", BOB, T0.plusSeconds(1)),
                incident.edited("m1", "token is hunter2", "token is hunter2!", BOB, T0.plusSeconds(2)),
                incident.pinned("m1", "token is hunter2!", T0.plusSeconds(1), ADA, T0.plusSeconds(3)),
                incident.message("m2", "db is slow", ADA, T0.plusSeconds(4)),
                incident.reacted("m2", "eyes", "db is slow", BOB, T0.plusSeconds(5)),
                incident.deleted("m1", "token is hunter2!", BOB, T0.plusSeconds(6)));
    }

    private static IncidentTimeline fold(List<LedgerEvent> events, LedgerEvent redaction) {
        IncidentTimeline timeline = null;
        for (LedgerEvent event : events) {
            timeline = TimelineProjector.apply(timeline, event);
        }
        return TimelineProjector.apply(timeline, redaction);
    }

    // what the event store gives once the message's key is gone: every text of that message is the marker
    private static LedgerEvent textsOf(LedgerEvent stored, String messageId, String marker) {
        UnaryOperator<String> erase = text -> text == null ? null : marker;
        IncidentEvent e = stored.event();
        IncidentEvent read = e instanceof ChatMessageRecorded m && m.messageId().equals(messageId)
                ? new ChatMessageRecorded(m.incidentId(), m.ref(), m.messageId(), m.threadId(), erase.apply(m.text()), m.by(), m.at())
                : e instanceof ChatMessageEdited m && m.messageId().equals(messageId)
                ? new ChatMessageEdited(m.incidentId(), m.ref(), m.messageId(), erase.apply(m.previousText()), erase.apply(m.text()), m.by(), m.at())
                : e instanceof ChatMessageDeleted m && m.messageId().equals(messageId)
                ? new ChatMessageDeleted(m.incidentId(), m.ref(), m.messageId(), erase.apply(m.previousText()), m.by(), m.at())
                : e instanceof MessagePinned m && m.messageId().equals(messageId)
                ? new MessagePinned(m.incidentId(), m.ref(), m.messageId(), erase.apply(m.text()), m.messageAt(), m.by(), m.at())
                : e instanceof ReactionAdded m && m.messageId().equals(messageId)
                ? new ReactionAdded(m.incidentId(), m.ref(), m.messageId(), m.emoji(), erase.apply(m.text()), m.by(), m.at())
                : e;
        return new LedgerEvent(stored.eventId(), stored.incidentId(), stored.sequence(), stored.recordedAt(), read);
    }
}
