package io.incidentledger.projections;

import io.incidentledger.projections.kafka.ViewRecords;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.projections.*}: where Kafka Streams keeps its local state, its application id, and how large one
 * view may grow (by default the view topics' limit less room for the record's key and framing).
 */
@ConfigurationProperties("ledger.projections")
public record ProjectionsProperties(
        @DefaultValue("incident-ledger-projections") String applicationId,
        String stateDir,
        @DefaultValue("33488896") int maxViewBytes) {

    public ProjectionsProperties {
        if (maxViewBytes < 1024 || maxViewBytes > ViewRecords.MAX_BYTES) {
            throw new IllegalArgumentException("ledger.projections.max-view-bytes must be between 1024 and "
                    + ViewRecords.MAX_BYTES + ", the view topics' limit");
        }
    }
}
