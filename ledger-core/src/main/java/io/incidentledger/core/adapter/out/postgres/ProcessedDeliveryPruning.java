package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.core.LedgerCoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Forgets delivery ids past their retention, so {@code processed_delivery} stays bounded. Runs on every
 * instance: the delete is idempotent, and two instances deleting the same old rows only wait for each other.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ProcessedDeliveryPruning implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ProcessedDeliveryPruning.class);

    private final JdbcTemplate jdbc;
    private final LedgerCoreProperties.Deliveries deliveries;

    ProcessedDeliveryPruning(JdbcTemplate jdbc, LedgerCoreProperties properties) {
        this.jdbc = jdbc;
        this.deliveries = properties.deliveries();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::pruneQuietly, deliveries.pruneEvery());
    }

    /** Answers how many delivery ids were forgotten. */
    int prune() {
        int pruned = jdbc.update("DELETE FROM processed_delivery WHERE processed_at < now() - ?::interval",
                deliveries.retention().toSeconds() + " seconds");
        if (pruned > 0) {
            log.info("Forgot {} delivery ids older than {}", pruned, deliveries.retention());
        }
        return pruned;
    }

    // a database that is down now is tried again at the next run; the scheduler must not stop
    private void pruneQuietly() {
        try {
            prune();
        } catch (RuntimeException failed) {
            log.warn("Pruning processed_delivery failed, trying again in {}: {}", deliveries.pruneEvery(), failed.toString());
        }
    }
}
