package io.incidentledger.projections.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.kafka.config.TopicBuilder;

/**
 * How large one view may be on Kafka. A whole view is one record, and past Kafka's 1 MB defaults (producer
 * {@code max.request.size}, topic {@code max.message.bytes}) the Streams thread dies and every view stops; a status
 * view grows with its public updates. Consumers need nothing: they return an oversized first record anyway.
 */
public final class ViewRecords {

    /** What a view topic takes, and so the largest {@code ledger.projections.max-view-bytes}. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    private ViewRecords() {
    }

    /** For every topic that holds whole views: view topics, repairs topics and the folds' changelogs. */
    public static Map<String, String> topicConfig() {
        return Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_BYTES));
    }

    /** For every producer that sends whole views. */
    public static Map<String, Object> producerConfig() {
        // the producer checks the uncompressed size, so compression alone is not enough; lz4 is the cheapest on CPU
        return Map.of(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_BYTES,
                // a record must also fit the producer's buffer, whose default (32 MB) is MAX_BYTES
                ProducerConfig.BUFFER_MEMORY_CONFIG, 2L * MAX_BYTES);
    }

    /** {@link #producerConfig()} for the Streams application's producer. */
    public static Map<String, Object> streamsConfig() {
        Map<String, Object> config = new HashMap<>();
        producerConfig().forEach((key, value) -> config.put(StreamsConfig.producerPrefix(key), value));
        return config;
    }

    /** A compacted view topic: global tables read every partition anyway, compaction keeps the latest view. */
    public static NewTopic viewTopic(String name) {
        return TopicBuilder.name(name).partitions(1).replicas(1).compact()
                .config(TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, "0").configs(topicConfig()).build();
    }

    /** A repairs topic: a second source of a fold, so co-partitioned with {@code incident-events}. */
    public static NewTopic repairsTopic(String name, int partitions, short replicas) {
        return TopicBuilder.name(name).partitions(partitions).replicas(replicas).configs(topicConfig()).build();
    }
}
