package io.incidentledger.projections.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.Severity;
import io.incidentledger.projections.testdata.ScriptedIncident;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimelineCacheTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    @Test
    void theLeastRecentlyReadTimelinesGoOnceTheEntriesPassTheBoundAndTheLatestStays() {
        var cache = new TimelineCache(10);
        IncidentTimeline first = timeline(new ScriptedIncident(1), 3);
        IncidentTimeline second = timeline(new ScriptedIncident(2), 3);
        cache.put(first);
        cache.put(second);
        cache.get(first.incidentId());

        IncidentTimeline big = timeline(new ScriptedIncident(3), 20);
        cache.put(big);

        assertThat(cache.holds(big.incidentId())).as("the latest, though over the bound").isTrue();
        assertThat(cache.holds(first.incidentId())).isFalse();
        assertThat(cache.holds(second.incidentId())).isFalse();
        assertThat(cache.entries()).isEqualTo(big.entries().size() + 1);
    }

    @Test
    void aTimelineBehindTheCachedOneDoesNotReplaceIt() {
        var cache = new TimelineCache(1_000);
        var incident = new ScriptedIncident(4);
        IncidentTimeline earlier = timeline(incident, 2);
        IncidentTimeline later = fold(earlier, incident, 3);
        cache.put(later);

        cache.put(earlier);

        assertThat(cache.get(incident.id())).isEqualTo(later);
    }

    private static IncidentTimeline timeline(ScriptedIncident incident, int messages) {
        LedgerEvent declared = incident.declared("Incident", Severity.SEV3, T0);
        return fold(TimelineProjector.apply(null, declared), incident, messages);
    }

    private static IncidentTimeline fold(IncidentTimeline timeline, ScriptedIncident incident, int messages) {
        for (int i = 0; i < messages; i++) {
            timeline = TimelineProjector.apply(timeline, incident.note("note " + i, ScriptedIncident.ADA, T0));
        }
        return timeline;
    }
}
