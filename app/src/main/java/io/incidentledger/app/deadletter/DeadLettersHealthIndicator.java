package io.incidentledger.app.deadletter;

import io.incidentledger.api.deadletter.DeadLetters;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Parked events per processor. Always UP: a parked event needs a person, not a restart, and every processor keeps
 * going past it; readiness and liveness must not flip for it. The count is in the details and in Prometheus.
 */
@Component("deadLettersHealthIndicator")
class DeadLettersHealthIndicator extends AbstractHealthIndicator {

    private final DeadLetters deadLetters;

    DeadLettersHealthIndicator(DeadLetters deadLetters) {
        super("The dead-letter table cannot be read");
        this.deadLetters = deadLetters;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        var counts = deadLetters.countByProcessor();
        builder.up().withDetail("parked", counts.values().stream().mapToLong(Long::longValue).sum())
                .withDetail("byProcessor", counts);
    }
}
