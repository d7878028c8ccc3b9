package io.incidentledger.core;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.core.*}: how the ledger is published, the components incidents may affect, how long deliveries are
 * remembered, how the hash chain's checkpoints are signed, and the master key that wraps chat text keys.
 */
@ConfigurationProperties("ledger.core")
public record LedgerCoreProperties(@DefaultValue Kafka kafka, @DefaultValue List<String> components,
                                   @DefaultValue Deliveries deliveries, @DefaultValue Chain chain,
                                   @DefaultValue List<ComponentGroup> componentGroups,
                                   @DefaultValue Erasure erasure) {

    /** A group of components; {@code position} orders it among the top level (null: after what precedes it). */
    public record ComponentGroup(String name, String description, Integer position, @DefaultValue("true") boolean shown,
                                 @DefaultValue List<Component> components) {
    }

    /** A component of a group; {@code startDate} is the first day its uptime counts. */
    public record Component(String name, String description, Integer position, @DefaultValue("true") boolean shown,
                            @DefaultValue("true") boolean showcase, @DefaultValue("false") boolean onlyShowIfDegraded,
                            java.time.LocalDate startDate) {
    }

    public record Kafka(@DefaultValue("3") int partitions, @DefaultValue("1") short replicationFactor) {
    }

    /**
     * A delivery id is remembered for {@code retention}, far beyond every platform's retry window (Slack retries
     * for minutes, Bot Framework for less), and forgotten after that, checked every {@code pruneEvery}.
     */
    public record Deliveries(@DefaultValue("P7D") Duration retention, @DefaultValue("PT1H") Duration pruneEvery) {

        public Deliveries {
            if (retention.compareTo(Duration.ofDays(1)) < 0) {
                throw new IllegalArgumentException("ledger.core.deliveries.retention must be at least a day (P1D): "
                        + "a platform's retry must still find its delivery; got " + retention);
            }
        }
    }

    /**
     * Checkpoints are signed with {@code signingKey} (base64 PKCS#8 Ed25519) or the key in {@code signingKeyFile},
     * which {@code generateKey} (the local profile) creates when missing; without either, no checkpoint is written.
     */
    public record Chain(String signingKey, java.nio.file.Path signingKeyFile, @DefaultValue("false") boolean generateKey,
                        @DefaultValue("PT1H") Duration checkpointEvery) {
    }

    /**
     * Chat text keys are wrapped by {@code masterKey} (base64 of 32 bytes, AES-256) or the key in {@code masterKeyFile},
     * which {@code generateKey} (the local profile) creates when missing; without either the app does not start.
     */
    public record Erasure(String masterKey, java.nio.file.Path masterKeyFile, @DefaultValue("false") boolean generateKey) {
    }
}
