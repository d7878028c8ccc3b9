package io.incidentledger.projections.timeline;

import static io.incidentledger.projections.testdata.ScriptedIncident.ADA;
import static io.incidentledger.projections.testdata.ScriptedIncident.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.projections.metrics.IncidentMetrics;
import io.incidentledger.projections.metrics.LedgerMetrics;
import io.incidentledger.projections.metrics.MetricsProjector;
import io.incidentledger.projections.testdata.CountingHistory;
import io.incidentledger.projections.testdata.ScriptedIncident;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class LedgerIncidentTimelinesTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    private final CountingHistory history = new CountingHistory();
    private final FoldedMetrics metrics = new FoldedMetrics();
    private final IncidentTimelines timelines = new LedgerIncidentTimelines(history, metrics);

    @Test
    void entriesAreOrderedByWhenTheyHappenedWithEditsDeletesAndPinsAtTheMessageTime() {
        var incident = new ScriptedIncident(7);
        append(incident.declared("Checkout errors", Severity.SEV2, T0));
        append(incident.note("dashboards red", ADA, T0.plusSeconds(300)));
        // arrives after the note, but was said before it
        append(incident.message("m1", "rollback?", BOB, T0.plusSeconds(120)));
        append(incident.message("m2", "typo mesage", BOB, T0.plusSeconds(130)));
        append(incident.edited("m1", "rollback?", "rollback now", BOB, T0.plusSeconds(400)));
        append(incident.deleted("m2", "typo mesage", BOB, T0.plusSeconds(410)));
        append(incident.pinned("m1", "rollback now", T0.plusSeconds(120), ADA, T0.plusSeconds(500)));
        append(incident.message("m3", "second thought", ADA, T0.plusSeconds(60)));
        append(incident.pinned("m3", "second thought", T0.plusSeconds(60), ADA, T0.plusSeconds(600)));
        append(incident.unpinned("m3", ADA, T0.plusSeconds(700)));

        IncidentTimeline timeline = timelines.find(new IncidentRef(7)).orElseThrow();

        assertThat(timeline.entries()).extracting(TimelineEntry::kind).containsExactly("incident_declared",
                "chat_message_recorded", "chat_message_recorded", "message_pinned", "chat_message_recorded",
                "internal_note_added");
        assertThat(timeline.entries()).extracting(TimelineEntry::occurredAt).isSorted();
        TimelineEntry edited = timeline.entries().get(2);
        assertThat(edited.text()).isEqualTo("rollback now");
        assertThat(edited.earlierTexts()).containsExactly("rollback?");
        assertThat(timeline.entries().get(3).occurredAt()).isEqualTo(T0.plusSeconds(120));
        TimelineEntry deleted = timeline.entries().get(4);
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.text()).isEqualTo("typo mesage");
        assertThat(timeline.pins()).extracting(TimelineEntry::messageId).containsExactly("m1");
        assertThat(timeline).as("what a replay folds from the same events").isEqualTo(replayed());
    }

    @Test
    void aSecondReadFoldsOnlyWhatTheLedgerAppendedSinceAndAddsNothingTwice() {
        var incident = new ScriptedIncident(8);
        append(incident.declared("Search slow", Severity.SEV3, T0));
        append(incident.note("looking", ADA, T0.plusSeconds(10)));
        assertThat(timelines.find(new IncidentRef(8)).orElseThrow().entries()).hasSize(2);
        assertThat(history.delivered()).isEqualTo(2);

        IncidentTimeline again = timelines.find(new IncidentRef(8)).orElseThrow();

        assertThat(again.entries()).hasSize(2);
        assertThat(history.reads()).as("each read asks the ledger").isEqualTo(2);
        assertThat(history.delivered()).as("nothing read twice").isEqualTo(2);
    }

    @Test
    void aBurstOfMessagesBetweenTwoReadsIsFoldedOnceFromTheCachedSequence() {
        var incident = new ScriptedIncident(9);
        append(incident.declared("Busy incident", Severity.SEV1, T0));
        timelines.find(new IncidentRef(9)).orElseThrow();
        for (int i = 1; i <= 200; i++) {
            append(incident.message("m" + i, "message " + i, BOB, T0.plusSeconds(i)));
        }

        IncidentTimeline timeline = timelines.find(new IncidentRef(9)).orElseThrow();

        assertThat(timeline.entries()).hasSize(201);
        assertThat(timeline.lastSequence()).isEqualTo(200);
        assertThat(history.delivered()).as("the declaration once, then only the burst").isEqualTo(201);
        assertThat(timeline).as("the incremental fold equals a rebuild").isEqualTo(replayed());
    }

    @Test
    void aReaderThatStartsAfreshAnswersTheSameTimelineAsTheOneThatKeptItsCache() {
        var incident = new ScriptedIncident(10);
        append(incident.declared("Restart", Severity.SEV2, T0));
        timelines.find(new IncidentRef(10)).orElseThrow();
        append(incident.message("m1", "after the first read", BOB, T0.plusSeconds(5)));
        append(incident.redacted("m1", "pasted a secret", ADA, T0.plusSeconds(6)));

        IncidentTimeline kept = timelines.find(new IncidentRef(10)).orElseThrow();
        IncidentTimeline fresh = new LedgerIncidentTimelines(history, metrics).find(new IncidentRef(10)).orElseThrow();

        assertThat(fresh).isEqualTo(kept).isEqualTo(replayed());
        assertThat(kept.entries()).extracting(TimelineEntry::text).doesNotContain("after the first read");
    }

    @Test
    void aTimelineFarOverKafkasRecordLimitIsAnswered() throws Exception {
        var incident = new ScriptedIncident(11);
        append(incident.declared("Chatty incident", Severity.SEV1, T0));
        for (int i = 1; i <= 48; i++) {
            append(incident.message("m" + i, "x".repeat(32_000), BOB, T0.plusSeconds(i)));
        }

        IncidentTimeline timeline = timelines.find(new IncidentRef(11)).orElseThrow();

        assertThat(timeline.entries()).hasSize(49);
        assertThat(LedgerJson.newMapper().writeValueAsBytes(timeline).length).isGreaterThan(1_048_576);
    }

    @Test
    void anUnknownReferenceHasNoTimelineAndReadsNothing() {
        assertThat(timelines.find(new IncidentRef(404))).isEmpty();
        assertThat(history.reads()).isZero();
    }

    private IncidentTimeline replayed() {
        List<LedgerEvent> events = history.events();
        return events.stream().reduce(null, TimelineProjector::apply, (earlier, later) -> later);
    }

    private void append(LedgerEvent event) {
        history.append(event);
        metrics.fold(event);
    }

    /** The metrics view as its topology folds it: where a reference finds its incident. */
    private static final class FoldedMetrics implements LedgerMetrics {
        private final Map<String, IncidentMetrics> byId = new ConcurrentHashMap<>();

        void fold(LedgerEvent event) {
            byId.compute(event.incidentId().value(), (id, current) -> MetricsProjector.apply(current, event));
        }

        @Override
        public List<IncidentMetrics> all() {
            return List.copyOf(byId.values());
        }

        @Override
        public Optional<IncidentMetrics> find(IncidentRef ref) {
            return byId.values().stream().filter(m -> m.ref().equals(ref)).findFirst();
        }
    }
}
