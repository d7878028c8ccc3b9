package io.incidentledger.projections.flightrecorder;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.projections.kafka.JsonSerdes;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

@Configuration(proxyBeanMethods = false)
class FlightRecorderKafkaConfiguration {

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, LedgerEvent> ledgerEventBatchListenerFactory(
            KafkaProperties kafka, ObjectMapper mapper) {
        Map<String, Object> config = kafka.buildConsumerProperties(null);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        var factory = new ConcurrentKafkaListenerContainerFactory<String, LedgerEvent>();
        // a record that is not a ledger event reaches the listener without a value, rather than failing every poll
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(),
                new ErrorHandlingDeserializer<>(JsonSerdes.ledgerEvents(mapper).deserializer())));
        factory.setBatchListener(true);
        factory.setCommonErrorHandler(new DefaultErrorHandler(retryForever()));
        return factory;
    }

    // the store being down is an outage to wait out, not a reason to drop events; bad events are the feed's to park
    private static ExponentialBackOff retryForever() {
        var backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(10_000);
        return backOff;
    }
}
