package io.incidentledger.core.adapter.out.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.IncidentEventsTopic;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.core.LedgerCoreProperties;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.serializer.JsonSerializer;

@Configuration(proxyBeanMethods = false)
class LedgerKafkaConfiguration {

    static final int PUBLISH_BATCH = 500;
    /**
     * How long the publisher, at the head of the ledger, waits before it asks the store again: every view waits for
     * it, and the event store has no shared cache to wake it (EventStoreConfiguration), so an idle ledger costs it
     * ten small queries a second and a new event waits at most this long. Axon's default is a second.
     */
    static final long HEAD_WAIT_MILLIS = 100;

    /** The topic's shape for the modules that need it (projections' co-partitioned repairs topics). */
    @Bean
    IncidentEventsTopic incidentEventsTopicShape(LedgerCoreProperties properties) {
        return new IncidentEventsTopic(properties.kafka().partitions(), properties.kafka().replicationFactor());
    }

    @Bean
    NewTopic incidentEventsTopic(IncidentEventsTopic topic) {
        return TopicBuilder.name(topic.name())
                .partitions(topic.partitions())
                .replicas(topic.replicationFactor())
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(LedgerRecordLimits.MAX_RECORD_BYTES))
                .build();
    }

    /**
     * Transactional: the publisher writes each batch of the event store as one Kafka transaction, so a send that
     * fails can never leave a later event of the same incident visible before it (the projections would then skip
     * the earlier one for good). Consumers read committed records only. The fixed id fences a zombie instance.
     * It sends the JSON it already made to check the record's size: each event is encoded once, not twice.
     */
    @Bean
    ProducerFactory<String, byte[]> ledgerPublisherProducerFactory(KafkaProperties kafka) {
        var factory = new DefaultKafkaProducerFactory<>(producerConfig(kafka), new StringSerializer(), new ByteArraySerializer());
        factory.setTransactionIdPrefix(LedgerToKafkaPublisher.PROCESSING_GROUP + "-");
        return factory;
    }

    /** For sending a ledger event by hand (tests, tools): each send is its own transaction, under its own ids. */
    @Bean
    KafkaTemplate<String, LedgerEvent> ledgerEventKafkaTemplate(KafkaProperties kafka, ObjectMapper mapper) {
        var factory = new DefaultKafkaProducerFactory<>(producerConfig(kafka), new StringSerializer(),
                new JsonSerializer<LedgerEvent>(mapper).noTypeInfo());
        factory.setTransactionIdPrefix("ledger-by-hand-");
        return new KafkaTemplate<>(factory);
    }

    private static Map<String, Object> producerConfig(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildProducerProperties(null);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, LedgerRecordLimits.MAX_RECORD_BYTES);
        return config;
    }

    @Autowired
    void configureProcessor(EventProcessingConfigurer processing) {
        processing.registerTrackingEventProcessor(LedgerToKafkaPublisher.PROCESSING_GROUP)
                // one token update and one wait for Kafka per batch, not per event
                .registerTrackingEventProcessorConfiguration(LedgerToKafkaPublisher.PROCESSING_GROUP,
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(PUBLISH_BATCH)
                                .andEventAvailabilityTimeout(HEAD_WAIT_MILLIS, TimeUnit.MILLISECONDS));
        // no error handler here: the app's dead-letter policy, which every processor shares, retries or parks
    }
}
