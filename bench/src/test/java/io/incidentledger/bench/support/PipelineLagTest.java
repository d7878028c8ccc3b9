package io.incidentledger.bench.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lines as the app's /actuator/prometheus writes them (Kafka 3.9 client metrics through Micrometer). */
class PipelineLagTest {

    private static final String SCRAPE = """
            incident_ledger_processor_lag_events{processor="ledger-to-kafka"} 12.0
            incident_ledger_processor_lag_events{processor="status-notifications"} 900.0
            kafka_consumer_fetch_manager_records_lag{client_id="incident-ledger-projections-8568-StreamThread-1-consumer",kafka_version="3.9.2",partition="0",spring_id="defaultKafkaStreamsBuilder",topic="incident-events"} 30.0
            kafka_consumer_fetch_manager_records_lag{client_id="incident-ledger-projections-8568-StreamThread-1-consumer",kafka_version="3.9.2",partition="1",spring_id="defaultKafkaStreamsBuilder",topic="incident-events"} 5.0
            kafka_consumer_fetch_manager_records_lag{client_id="incident-ledger-projections-8568-StreamThread-1-restore-consumer",kafka_version="3.9.2",partition="0",spring_id="defaultKafkaStreamsBuilder",topic="x-changelog"} 7000.0
            kafka_consumer_fetch_manager_records_lag{client_id="incident-ledger-projections-8568-global-consumer",kafka_version="3.9.2",partition="0",spring_id="defaultKafkaStreamsBuilder",topic="incident-views"} 2.0
            kafka_consumer_fetch_manager_records_lag{client_id="incident-ledger-projections-8568-global-consumer",kafka_version="3.9.2",partition="0",spring_id="defaultKafkaStreamsBuilder",topic="incident-metrics"} NaN
            kafka_consumer_fetch_manager_records_lag_max{client_id="incident-ledger-projections-8568-global-consumer",kafka_version="3.9.2",spring_id="defaultKafkaStreamsBuilder"} 400.0
            """;

    @Test
    void sumsTheOutboxTheStreamThreadsAndTheGlobalConsumerButNotRestoresOtherProcessorsOrWindowMaxima() {
        PipelineLag.Lag lag = PipelineLag.parse(SCRAPE);
        assertThat(lag).isEqualTo(new PipelineLag.Lag(12, 35, 2));
        assertThat(lag.total()).isEqualTo(49);
        assertThat(lag.known()).isTrue();
    }

    @Test
    void aScrapeWithoutTheSeriesIsUnknownNotZero() {
        PipelineLag.Lag lag = PipelineLag.parse("jvm_threads_live_threads 80.0\n");
        assertThat(lag.known()).isFalse();
    }
}
