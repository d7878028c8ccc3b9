package io.incidentledger.ingest.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.chat.*}: how many chat writes may wait for the ledger at once, over every incident and platform.
 * Past it a platform request is answered 503 with {@code Retry-After}, so the platform retries and nothing is lost.
 * And how many incidents' waiting messages one write may take into a single commit (1: each incident alone).
 */
@ConfigurationProperties("ledger.chat")
public record ChatIntakeProperties(@DefaultValue("2000") int intakeCapacity,
                                   @DefaultValue("16") int groupCommitIncidents) {

    /** Past this, a group holds more incidents' locks for longer than the commits it saves are worth. */
    public static final int MOST_GROUP_COMMIT_INCIDENTS = 64;

    public ChatIntakeProperties {
        if (intakeCapacity < 1) {
            throw new IllegalArgumentException("ledger.chat.intake-capacity must be 1 or more");
        }
        if (groupCommitIncidents < 1 || groupCommitIncidents > MOST_GROUP_COMMIT_INCIDENTS) {
            throw new IllegalArgumentException("ledger.chat.group-commit-incidents must be between 1 and "
                    + MOST_GROUP_COMMIT_INCIDENTS);
        }
    }
}
