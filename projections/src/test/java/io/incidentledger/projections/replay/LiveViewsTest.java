package io.incidentledger.projections.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentledger.api.id.Severity;
import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.projections.status.IncidentProjector;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.projections.status.ViewNotReady;
import io.incidentledger.projections.testdata.NoMetrics;
import io.incidentledger.projections.testdata.ScriptedIncident;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A replay that meets the stores mid-rebalance waits for them, and gives up only after its bound. */
class LiveViewsTest {

    private final IncidentView view = IncidentProjector.apply(null,
            new ScriptedIncident(41).declared("Checkout down", Severity.SEV2, Instant.parse("2026-12-01T09:00:00Z")));
    private final ViewSet rebuilt = new ViewSet(Map.of(view.ref().toString(), view), Map.of());

    @Test
    void givenStoresThatAreRebalancing_whenTheReplayReadsTheLiveViews_thenItReadsThemOnceTheyAnswer() {
        var asked = new AtomicInteger();
        var live = new LiveViews(rebalancingFor(2, asked), new NoMetrics(), Duration.ofSeconds(30));

        ViewSet found = live.of(rebuilt);

        assertThat(found.incidents()).containsEntry(view.ref().toString(), view);
        assertThat(asked).hasValue(3);
    }

    @Test
    void givenStoresThatStayUnqueryable_whenTheWaitIsOver_thenTheReplayIsToldTheViewsAreNotReady() {
        var live = new LiveViews(rebalancingFor(Integer.MAX_VALUE, new AtomicInteger()), new NoMetrics(), Duration.ofMillis(300));

        assertThatThrownBy(() -> live.of(rebuilt)).isInstanceOf(ViewNotReady.class);
    }

    private CurrentIncidents rebalancingFor(int refusals, AtomicInteger asked) {
        return new CurrentIncidents() {
            @Override
            public List<IncidentView> all() {
                return List.of(view);
            }

            @Override
            public Optional<IncidentView> find(String incidentId) {
                if (asked.incrementAndGet() <= refusals) {
                    throw new ViewNotReady("The views are still starting", null);
                }
                return Optional.of(view);
            }
        };
    }
}
