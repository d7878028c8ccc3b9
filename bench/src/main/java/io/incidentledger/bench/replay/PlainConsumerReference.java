package io.incidentledger.bench.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.json.LedgerJson;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The transport and decoding limit: one plain consumer reading the whole topic from the start, no group, each
 * value decoded into a {@link LedgerEvent} through the project's one Jackson setup, as the replay must at least do.
 */
final class PlainConsumerReference {

    private PlainConsumerReference() {
    }

    /** Records read and decoded, and seconds taken; a record that does not decode stops the reference. */
    static double[] readAll(String bootstrap, String topic) throws IOException {
        ObjectMapper json = LedgerJson.newMapper();
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long started = System.nanoTime();
            long records = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.nanoTime() - started < 300_000_000_000L) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (json.readValue(record.value(), LedgerEvent.class).event() == null) {
                        throw new IOException("record " + record.offset() + " of " + record.partition() + " holds no event");
                    }
                    records++;
                }
            }
            return new double[] {records, (System.nanoTime() - started) / 1e9};
        }
    }
}
