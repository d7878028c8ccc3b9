package io.incidentledger.core;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code ledger.core.*}: how the ledger is published, and the components incidents may affect. */
@ConfigurationProperties("ledger.core")
public record LedgerCoreProperties(@DefaultValue Kafka kafka, @DefaultValue List<String> components) {

    public record Kafka(@DefaultValue("3") int partitions, @DefaultValue("1") short replicationFactor) {
    }
}
