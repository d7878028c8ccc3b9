package io.incidentledger.app.deadletter;

import io.incidentledger.api.deadletter.DeadLetters;
import io.incidentledger.api.deadletter.Redelivery;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code incident_ledger_dead_letters{processor=…}}, one gauge per processor that can park, zero included so an
 * alert can watch it from the start. One count query per scrape at most every few seconds, whatever the gauges.
 */
@Component
class DeadLetterMetrics {

    private static final Duration FRESH = Duration.ofSeconds(5);

    private final DeadLetters deadLetters;
    private final ObjectProvider<Redelivery> redeliveries;
    private final MeterRegistry registry;
    private final Clock clock;
    private volatile Map<String, Long> counts = Map.of();
    private volatile Instant countedAt = Instant.EPOCH;

    DeadLetterMetrics(DeadLetters deadLetters, ObjectProvider<Redelivery> redeliveries, MeterRegistry registry,
                      Clock clock) {
        this.deadLetters = deadLetters;
        this.redeliveries = redeliveries;
        this.registry = registry;
        this.clock = clock;
    }

    // once the Axon processors exist: they are registered while the context starts
    @EventListener(ApplicationReadyEvent.class)
    void registerGauges() {
        var processors = new TreeSet<String>();
        redeliveries.orderedStream().forEach(redelivery -> processors.addAll(redelivery.processors()));
        processors.forEach(processor -> Gauge.builder("incident.ledger.dead.letters", () -> count(processor))
                .description("Events parked in the dead-letter table").tag("processor", processor)
                .register(registry));
    }

    private synchronized double count(String processor) {
        if (countedAt.plus(FRESH).isBefore(clock.instant())) {
            counts = deadLetters.countByProcessor();
            countedAt = clock.instant();
        }
        return counts.getOrDefault(processor, 0L);
    }
}
