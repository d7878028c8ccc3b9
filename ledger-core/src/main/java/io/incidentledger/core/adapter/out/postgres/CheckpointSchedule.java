package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.core.LedgerCoreProperties;
import io.incidentledger.core.chain.ChainStore;
import io.incidentledger.core.chain.Checkpoints;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * A checkpoint at start and every {@code ledger.core.chain.checkpoint-every}, on every instance: more checkpoints
 * only give a third party more points to hold the ledger to.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CheckpointSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final Checkpoints checkpoints;
    private final ChainStore chain;
    private final Duration every;

    CheckpointSchedule(Checkpoints checkpoints, ChainStore chain, LedgerCoreProperties properties) {
        this.checkpoints = checkpoints;
        this.chain = chain;
        this.every = properties.chain().checkpointEvery();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (checkpoints.publicKey().isPresent()) {
            registrar.addFixedDelayTask(this::checkpointQuietly, every);
        }
    }

    // a database that is down now is tried again at the next run; the scheduler must not stop
    private void checkpointQuietly() {
        try {
            log.info("Checkpoint {} signed", checkpoints.create(chain).id());
        } catch (RuntimeException failed) {
            log.warn("Writing a checkpoint failed, trying again in {}: {}", every, failed.toString());
        }
    }
}
