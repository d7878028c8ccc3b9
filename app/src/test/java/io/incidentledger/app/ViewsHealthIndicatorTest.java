package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.projections.metrics.IncidentMetrics;
import io.incidentledger.projections.metrics.LedgerMetrics;
import io.incidentledger.projections.replay.LiveViews;
import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.projections.status.ViewNotReady;
import io.incidentledger.projections.timeline.IncidentTimeline;
import io.incidentledger.projections.timeline.IncidentTimelines;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

class ViewsHealthIndicatorTest {

    @Test
    void whileTheStatusViewIsStartingTheAppIsOutOfService() {
        CurrentIncidents starting = () -> {
            throw new ViewNotReady("The views are still starting", null);
        };

        var health = indicator(starting, timelines(true), metrics(true)).health();

        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("reason", "The views are still starting");
    }

    @Test
    void aTimelineOrMetricsViewStillRebuildingKeepsItOutOfService() {
        CurrentIncidents ready = List::of;

        assertThat(indicator(ready, timelines(false), metrics(true)).health().getStatus())
                .isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(indicator(ready, timelines(true), metrics(false)).health().getStatus())
                .isEqualTo(Status.OUT_OF_SERVICE);
    }

    @Test
    void onceEveryViewAnswersItIsUp() {
        CurrentIncidents ready = List::of;

        assertThat(indicator(ready, timelines(true), metrics(true)).health().getStatus())
                .isEqualTo(Status.UP);
    }

    private static ViewsHealthIndicator indicator(CurrentIncidents incidents, IncidentTimelines timelines, LedgerMetrics metrics) {
        return new ViewsHealthIndicator(new LiveViews(incidents, timelines, metrics));
    }

    private static IncidentTimelines timelines(boolean ready) {
        return new IncidentTimelines() {
            @Override
            public Optional<IncidentTimeline> find(IncidentRef ref) {
                return answer(ready);
            }

            @Override
            public List<IncidentTimeline> all() {
                return ViewsHealthIndicatorTest.<IncidentTimeline>answer(ready).stream().toList();
            }
        };
    }

    private static LedgerMetrics metrics(boolean ready) {
        return new LedgerMetrics() {
            @Override
            public List<IncidentMetrics> all() {
                return ViewsHealthIndicatorTest.<IncidentMetrics>answer(ready).stream().toList();
            }

            @Override
            public Optional<IncidentMetrics> find(IncidentRef ref) {
                return answer(ready);
            }
        };
    }

    private static <T> Optional<T> answer(boolean ready) {
        if (!ready) {
            throw new ViewNotReady("The view is being rebuilt", null);
        }
        return Optional.empty();
    }
}
