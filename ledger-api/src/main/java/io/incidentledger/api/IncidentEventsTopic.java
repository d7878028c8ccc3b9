package io.incidentledger.api;

/**
 * The shape of {@link LedgerTopics#INCIDENT_EVENTS} as ledger-core creates it ({@code ledger.core.kafka.*}), exported
 * as a bean: a topic that a Streams join reads beside it must be co-partitioned, so it needs the same partition count.
 */
public record IncidentEventsTopic(int partitions, short replicationFactor) {

    public String name() {
        return LedgerTopics.INCIDENT_EVENTS;
    }
}
