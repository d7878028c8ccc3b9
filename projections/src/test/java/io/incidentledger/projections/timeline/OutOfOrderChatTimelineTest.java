package io.incidentledger.projections.timeline;

import static io.incidentledger.projections.testdata.ScriptedIncident.ADA;
import static io.incidentledger.projections.testdata.ScriptedIncident.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.Severity;
import io.incidentledger.projections.testdata.ScriptedIncident;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A change that arrived before its message, as the ledger records it (IncidentChatOutOfOrderTest in ledger-core),
 * ends in the same timeline lines as the in-order sequence: the line that stood in for the message goes.
 */
class OutOfOrderChatTimelineTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final Instant SAID = T0.plusSeconds(300);
    private static final Instant CHANGED = T0.plusSeconds(360);

    /** What a reader sees of a line: everything but the event that happens to carry it. */
    record Line(Instant occurredAt, String kind, String author, String text, String messageId, List<String> earlier,
                boolean deleted) {

        static Line of(TimelineEntry entry) {
            return new Line(entry.occurredAt(), entry.kind(), entry.authorId(), entry.text(), entry.messageId(),
                    entry.earlierTexts(), entry.deleted());
        }
    }

    @Test
    void anEditBeforeItsMessageEndsInTheSameLinesAsTheMessageThenItsEdit() {
        var inOrder = lines(i -> List.of(i.message("m1", "db is slow", BOB, SAID),
                i.edited("m1", "db is slow", "db is down", BOB, CHANGED)));
        var outOfOrder = lines(i -> List.of(i.edited("m1", null, "db is down", BOB, CHANGED),
                i.message("m1", "db is slow", BOB, SAID), i.edited("m1", "db is slow", "db is down", BOB, SAID)));

        assertThat(outOfOrder).isEqualTo(inOrder).hasSize(3);
        assertThat(outOfOrder.get(1).text()).isEqualTo("db is down");
        assertThat(outOfOrder.get(1).earlier()).containsExactly("db is slow");
    }

    @Test
    void aDeleteBeforeItsMessageEndsInTheSameLinesAsTheMessageThenItsDelete() {
        var inOrder = lines(i -> List.of(i.message("m1", "key AKIA123", BOB, SAID),
                i.deleted("m1", "key AKIA123", BOB, CHANGED)));
        var outOfOrder = lines(i -> List.of(i.deleted("m1", null, BOB, CHANGED),
                i.deleted("m1", "key AKIA123", BOB, SAID)));

        assertThat(outOfOrder).isEqualTo(inOrder).hasSize(3);
        assertThat(outOfOrder.get(1).deleted()).isTrue();
    }

    @Test
    void aDeleteBeforeItsMessageShowsAsOneDeletedLineUntilTheMessageArrives() {
        var waiting = lines(i -> List.of(i.deleted("m1", null, BOB, CHANGED)));

        assertThat(waiting).hasSize(3);
        assertThat(waiting.get(1)).isEqualTo(new Line(CHANGED, TimelineProjector.DELETE, "U2", null, "m1", List.of(),
                true));
    }

    @Test
    void aPinOrAReactionBeforeItsMessageEndsInTheSameLinesAsAfterIt() {
        var inOrder = lines(i -> List.of(i.message("m1", "rolling back", BOB, SAID),
                i.pinned("m1", "rolling back", SAID, ADA, CHANGED), i.reacted("m1", "memo", ADA, CHANGED)));
        var outOfOrder = lines(i -> List.of(i.pinned("m1", "rolling back", SAID, ADA, CHANGED),
                i.reacted("m1", "memo", ADA, CHANGED), i.message("m1", "rolling back", BOB, SAID)));

        assertThat(outOfOrder).isEqualTo(inOrder).hasSize(5);
    }

    // a message before the change and a note after it, so the lines around stay where they were; folded event by
    // event and in one run (as a read of the ledger folds), which must agree
    private static List<Line> lines(Function<ScriptedIncident, List<LedgerEvent>> chat) {
        var incident = new ScriptedIncident(7);
        List<LedgerEvent> events = new ArrayList<>();
        events.add(incident.declared("Out of order", Severity.SEV2, T0));
        events.add(incident.message("m0", "looking", ADA, T0.plusSeconds(60)));
        events.addAll(chat.apply(incident));
        events.add(incident.note("after", ADA, T0.plusSeconds(400)));
        IncidentTimeline timeline = null;
        for (LedgerEvent event : events) {
            timeline = TimelineProjector.apply(timeline, event);
        }
        assertThat(TimelineProjector.foldAll(null, events::forEach)).isEqualTo(timeline);
        return timeline.entries().stream().skip(1).map(Line::of).toList();
    }
}
