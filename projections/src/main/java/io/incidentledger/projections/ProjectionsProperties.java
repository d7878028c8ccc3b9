package io.incidentledger.projections;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code ledger.projections.*}: where Kafka Streams keeps its local state, and its application id. */
@ConfigurationProperties("ledger.projections")
public record ProjectionsProperties(
        @DefaultValue("incident-ledger-projections") String applicationId,
        String stateDir) {
}
