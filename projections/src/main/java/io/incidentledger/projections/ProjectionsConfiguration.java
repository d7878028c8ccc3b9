package io.incidentledger.projections;

import io.incidentledger.api.IncidentEventsTopic;
import io.incidentledger.api.deadletter.DeadLetters;
import io.incidentledger.projections.kafka.ParkingDeserializationHandler;
import io.incidentledger.projections.kafka.ParkingProductionHandler;
import io.incidentledger.projections.kafka.StreamsDeadLetters;
import io.incidentledger.projections.kafka.StreamsGuarantees;
import io.incidentledger.projections.kafka.StreamsRecovery;
import io.incidentledger.projections.kafka.ViewRecords;
import io.incidentledger.projections.metrics.IncidentMetricsTopology;
import io.incidentledger.projections.status.CurrentIncidentsTopology;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.annotation.KafkaStreamsDefaultConfiguration;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.core.KafkaAdmin;

/** Everything projections contributes: the Streams application and the flight-recorder feed. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableKafkaStreams
@EnableConfigurationProperties(ProjectionsProperties.class)
public class ProjectionsConfiguration {

    @Bean(name = KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_CONFIG_BEAN_NAME)
    KafkaStreamsConfiguration kafkaStreamsConfiguration(KafkaProperties kafka, ProjectionsProperties properties,
                                                        ObjectProvider<DeadLetters> deadLetters) throws Exception {
        Map<String, Object> config = new HashMap<>(kafka.buildStreamsProperties(null));
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafka.getBootstrapServers()));
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, properties.applicationId());
        config.putAll(StreamsGuarantees.config(properties.commitInterval(), properties.rocksdbMemory().toBytes()));
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir(properties).toString());
        // Streams members never leave the group on close: a restarted app waits out the old member's session
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
        config.putAll(ViewRecords.streamsConfig());
        // one record never stops the application: what can never be read or written is parked, and skipped
        config.put(StreamsConfig.DEFAULT_PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, ParkingProductionHandler.class);
        config.put(StreamsConfig.DEFAULT_DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                ParkingDeserializationHandler.class);
        config.put(StreamsDeadLetters.MAX_VIEW_BYTES_CONFIG, properties.maxViewBytes());
        deadLetters.ifAvailable(port -> config.put(StreamsDeadLetters.CONFIG, port));
        return new KafkaStreamsConfiguration(config);
    }

    @Bean
    StreamsRecovery streamsRecovery() {
        return new StreamsRecovery(Duration.ofSeconds(10));
    }

    @Bean
    NewTopic incidentViewsTopic() {
        return ViewRecords.viewTopic(CurrentIncidentsTopology.VIEWS_TOPIC);
    }

    @Bean
    NewTopic incidentMetricsTopic() {
        return ViewRecords.viewTopic(IncidentMetricsTopology.METRICS_TOPIC);
    }

    // the repairs topics are a second source of each fold: Streams needs them co-partitioned with incident-events
    @Bean
    KafkaAdmin.NewTopics repairTopics(IncidentEventsTopic incidentEvents) {
        int partitions = incidentEvents.partitions();
        short replicas = incidentEvents.replicationFactor();
        return new KafkaAdmin.NewTopics(
                ViewRecords.repairsTopic(CurrentIncidentsTopology.REPAIRS_TOPIC, partitions, replicas),
                ViewRecords.repairsTopic(IncidentMetricsTopology.REPAIRS_TOPIC, partitions, replicas));
    }

    private static Path stateDir(ProjectionsProperties properties) throws Exception {
        return properties.stateDir() == null || properties.stateDir().isBlank()
                ? Files.createTempDirectory("incident-ledger-streams")
                : Path.of(properties.stateDir());
    }
}
