package io.incidentledger.status.uptime;

import static io.incidentledger.api.id.ComponentStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.projections.status.ComponentChange;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two incidents touching one component: its history is the worst either gives it, change by change. */
class ComponentHistoriesTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    @Test
    void theWorstSourceWinsAndTheComponentIsOperationalOnlyOnceEverySourceLetsGo() {
        var merged = ComponentHistories.merge(Map.of(
                "inc-1", List.of(at("API", PARTIAL_OUTAGE, 0), at("API", OPERATIONAL, 30)),
                "inc-2", List.of(at("API", MAJOR_OUTAGE, 10), at("API", DEGRADED_PERFORMANCE, 20), at("API", OPERATIONAL, 40),
                        at("Queue", UNDER_MAINTENANCE, 5))));

        assertThat(merged).containsExactly(at("API", PARTIAL_OUTAGE, 0), at("Queue", UNDER_MAINTENANCE, 5),
                at("API", MAJOR_OUTAGE, 10), at("API", PARTIAL_OUTAGE, 20), at("API", DEGRADED_PERFORMANCE, 30),
                at("API", OPERATIONAL, 40));
    }

    private static ComponentChange at(String component, io.incidentledger.api.id.ComponentStatus status, int minutes) {
        return new ComponentChange(component, status, T0.plusSeconds(60L * minutes));
    }
}
