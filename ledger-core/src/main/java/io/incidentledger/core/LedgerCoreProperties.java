package io.incidentledger.core;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code ledger.core.*}: how the ledger is published. */
@ConfigurationProperties("ledger.core")
public record LedgerCoreProperties(@DefaultValue Kafka kafka) {

    public record Kafka(@DefaultValue("3") int partitions, @DefaultValue("1") short replicationFactor) {
    }
}
