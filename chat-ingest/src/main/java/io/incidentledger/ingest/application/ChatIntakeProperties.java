package io.incidentledger.ingest.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.chat.*}: how many chat writes may wait for the ledger at once, over every incident and platform.
 * Past it a platform request is answered 503 with {@code Retry-After}, so the platform retries and nothing is lost.
 */
@ConfigurationProperties("ledger.chat")
public record ChatIntakeProperties(@DefaultValue("2000") int intakeCapacity) {

    public ChatIntakeProperties {
        if (intakeCapacity < 1) {
            throw new IllegalArgumentException("ledger.chat.intake-capacity must be 1 or more");
        }
    }
}
