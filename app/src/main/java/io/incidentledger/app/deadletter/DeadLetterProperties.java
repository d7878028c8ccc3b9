package io.incidentledger.app.deadletter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.dead-letters.*}: how often a non-transient failure is tried before its event is parked, and how
 * much of its error message is kept.
 */
@ConfigurationProperties("ledger.dead-letters")
public record DeadLetterProperties(@DefaultValue("5") int maxAttempts, @DefaultValue("1000") int errorLength) {

    public DeadLetterProperties {
        if (maxAttempts < 1 || errorLength < 50 || errorLength > 2000) {
            throw new IllegalArgumentException("ledger.dead-letters.max-attempts must be at least 1 and "
                    + "error-length between 50 and 2000");
        }
    }
}
