package io.incidentledger.projections.timeline;

import static io.incidentledger.projections.testdata.ScriptedIncident.ADA;
import static io.incidentledger.projections.testdata.ScriptedIncident.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.id.ChatText;
import io.incidentledger.api.id.Severity;
import io.incidentledger.projections.testdata.ScriptedIncident;
import java.time.Instant;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimelineProjectorTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    @Test
    void entriesStayOrderedByTimeThenSequenceWhateverOrderTheyArriveIn() {
        var random = new Random(7);
        var incident = new ScriptedIncident(1);
        IncidentTimeline timeline = TimelineProjector.apply(null, incident.declared("Out of order", Severity.SEV2, T0));
        for (int i = 1; i <= 500; i++) {
            // few distinct times, so many entries tie on time and are ordered by sequence
            Instant at = T0.plusSeconds(random.nextInt(60));
            timeline = TimelineProjector.apply(timeline, switch (random.nextInt(4)) {
                case 0 -> incident.pinned("m" + random.nextInt(i), "pinned", at, ADA, at.plusSeconds(1));
                case 1 -> incident.edited("unknown" + i, "before", "after", BOB, at);
                default -> incident.message("m" + i, "message " + i, BOB, at);
            });
        }

        assertThat(timeline.entries()).isSortedAccordingTo(
                Comparator.comparing(TimelineEntry::occurredAt).thenComparingLong(TimelineEntry::sequence));
        assertThat(timeline.entries()).extracting(TimelineEntry::eventId).doesNotHaveDuplicates();
        assertThat(timeline.lastSequence()).isEqualTo(500);
    }

    @Test
    void aMessageEditedPastTheLimitKeepsItsLastEarlierTextsAndCountsTheOthers() {
        var incident = new ScriptedIncident(2);
        IncidentTimeline timeline = TimelineProjector.apply(null, incident.declared("Many edits", Severity.SEV3, T0));
        timeline = TimelineProjector.apply(timeline, incident.message("m1", "v0", BOB, T0));
        for (int i = 1; i <= 25; i++) {
            timeline = TimelineProjector.apply(timeline, incident.edited("m1", "v" + (i - 1), "v" + i, BOB, T0.plusSeconds(i)));
        }

        TimelineEntry message = timeline.entries().stream().filter(e -> "m1".equals(e.messageId())).findFirst().orElseThrow();
        assertThat(message.text()).isEqualTo("v25");
        assertThat(message.earlierTexts()).hasSize(ChatText.MAX_EARLIER_TEXTS + 1)
                .startsWith("[5 earlier versions not kept]", "v5").endsWith("v24");
    }
}
