package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.projections.metrics.IncidentMetrics;
import io.incidentledger.projections.metrics.LedgerMetrics;
import io.incidentledger.projections.replay.LiveViews;
import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.projections.status.ViewNotReady;
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

        var health = indicator(starting, metrics(true)).health();

        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("reason", "The views are still starting");
    }

    @Test
    void aMetricsViewStillRebuildingKeepsItOutOfServiceSinceTimelinesFindTheirIncidentThere() {
        CurrentIncidents ready = List::of;

        assertThat(indicator(ready, metrics(false)).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    }

    @Test
    void onceEveryViewAnswersItIsUp() {
        CurrentIncidents ready = List::of;

        assertThat(indicator(ready, metrics(true)).health().getStatus())
                .isEqualTo(Status.UP);
    }

    @Test
    void viewsThatAnswerBeforeTheStatusPageHasRenderedKeepItOutOfService() {
        CurrentIncidents ready = List::of;

        var health = new ViewsHealthIndicator(new LiveViews(ready, metrics(true)), () -> false).health();

        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("reason", "The status page is still being rendered");
    }

    private static ViewsHealthIndicator indicator(CurrentIncidents incidents, LedgerMetrics metrics) {
        return new ViewsHealthIndicator(new LiveViews(incidents, metrics), () -> true);
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
