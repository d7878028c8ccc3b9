package io.incidentledger.projections.kafka;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.processor.internals.GlobalStreamThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

/**
 * One failure never stops the views for good. A stream thread that dies is replaced; it resumes from its last
 * commit, so a transient cause is simply retried. The global thread cannot be replaced: when it dies the client
 * goes to ERROR, and is restarted whole after a pause, for ever, as any outage is waited out.
 */
public final class StreamsRecovery implements StreamsBuilderFactoryBeanConfigurer {

    private static final Logger log = LoggerFactory.getLogger(StreamsRecovery.class);

    private final Duration restartDelay;

    public StreamsRecovery(Duration restartDelay) {
        this.restartDelay = restartDelay;
    }

    @Override
    public void configure(StreamsBuilderFactoryBean factory) {
        factory.setStreamsUncaughtExceptionHandler(failure -> {
            // Kafka cannot replace its global thread (asked to, it fails with a ClassCastException): the client
            // goes to ERROR instead, and is restarted below
            if (Thread.currentThread() instanceof GlobalStreamThread) {
                log.error("The Kafka Streams global thread failed; shutting the client down to restart it", failure);
                return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            }
            log.error("A Kafka Streams thread failed; replacing it", failure);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        factory.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.ERROR) {
                log.error("Kafka Streams is in ERROR (its global thread failed); restarting it in {}", restartDelay);
                // not on the Streams thread that reports the state: stopping waits for that very thread
                CompletableFuture.runAsync(() -> restart(factory),
                        CompletableFuture.delayedExecutor(restartDelay.toMillis(), TimeUnit.MILLISECONDS));
            }
        });
    }

    private static void restart(StreamsBuilderFactoryBean factory) {
        try {
            factory.stop();
            factory.start();
        } catch (RuntimeException failed) {
            log.error("Could not restart Kafka Streams", failed);
        }
    }
}
