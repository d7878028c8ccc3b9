package io.incidentledger.projections.replay;

import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.projections.metrics.IncidentMetrics;
import io.incidentledger.projections.metrics.LedgerMetrics;
import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.projections.status.ViewNotReady;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The views as the running Streams application holds them now. */
@Component
public class LiveViews {

    /** Streams rebalances for seconds whenever an instance joins or leaves; a replay waits that out. */
    static final Duration READY_WAIT = Duration.ofMinutes(2);
    private static final Duration PAUSE = Duration.ofMillis(250);

    private final CurrentIncidents incidents;
    private final LedgerMetrics metrics;
    private final Duration readyWait;

    @Autowired
    public LiveViews(CurrentIncidents incidents, LedgerMetrics metrics) {
        this(incidents, metrics, READY_WAIT);
    }

    LiveViews(CurrentIncidents incidents, LedgerMetrics metrics, Duration readyWait) {
        this.incidents = incidents;
        this.metrics = metrics;
        this.readyWait = readyWait;
    }

    /** Throws {@link ViewNotReady} until each view answers a lookup, found or not: only a queryable store answers. */
    public void probe() {
        incidents.find("readiness-probe");
        metrics.find(new IncidentRef(1));
    }

    /**
     * The live views of the incidents in {@code rebuilt} only, read key by key; while the stores cannot be queried
     * (a rebalance), read again until {@link #READY_WAIT} has passed, then {@link ViewNotReady}.
     */
    ViewSet of(ViewSet rebuilt) {
        long deadline = System.nanoTime() + readyWait.toNanos();
        while (true) {
            try {
                return read(rebuilt);
            } catch (ViewNotReady notYet) {
                if (System.nanoTime() - deadline > 0) {
                    throw notYet;
                }
                try {
                    Thread.sleep(PAUSE.toMillis());
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    throw notYet;
                }
            }
        }
    }

    private ViewSet read(ViewSet rebuilt) {
        Map<String, IncidentView> liveIncidents = new HashMap<>();
        rebuilt.incidents().values().forEach(view -> incidents.find(view.incidentId().value())
                .ifPresent(live -> liveIncidents.put(live.ref().toString(), live)));
        Map<String, IncidentMetrics> liveMetrics = new HashMap<>();
        rebuilt.metrics().values().forEach(m -> metrics.find(m.ref())
                .ifPresent(live -> liveMetrics.put(live.ref().toString(), live)));
        return new ViewSet(liveIncidents, liveMetrics);
    }

    public ViewSet snapshot() {
        return new ViewSet(
                incidents.all().stream().collect(Collectors.toMap(v -> v.ref().toString(), Function.<IncidentView>identity())),
                metrics.all().stream().collect(Collectors.toMap(m -> m.ref().toString(), Function.<IncidentMetrics>identity())));
    }
}
