package io.incidentledger.projections.testdata;

import io.incidentledger.projections.kafka.ViewRecords;
import io.incidentledger.projections.timeline.TimelineTopology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;

/** The local broker as the timeline ITs use it: its topics made, one application's settings, raw view records. */
public final class TimelineKafka {

    private TimelineKafka() {
    }

    /** Starts the broker with the timeline's input, repairs and view topics, and {@code more}; answers its servers. */
    public static String start(NewTopic... more) throws Exception {
        String kafka = LocalKafka.start();
        List<NewTopic> topics = new ArrayList<>(List.of(new NewTopic(TimelineTopology.INPUT_TOPIC, 3, (short) 1),
                ViewRecords.repairsTopic(TimelineTopology.REPAIRS_TOPIC, 3, (short) 1),
                ViewRecords.viewTopic(TimelineTopology.TIMELINES_TOPIC)));
        topics.addAll(List.of(more));
        LocalKafka.createTopics(kafka, topics);
        return kafka;
    }

    /** The views' Streams settings for one application on this broker, its state kept in {@code stateDir}. */
    public static Map<String, Object> streamsConfig(String kafka, String applicationId, Path stateDir) {
        Map<String, Object> config = new HashMap<>(ViewRecords.streamsConfig());
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return config;
    }

    /** Writes {@code value} to the timelines view topic as it is, readable or not. */
    public static void sendView(String kafka, String key, byte[] value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TimelineTopology.TIMELINES_TOPIC, key, value)).get(30, TimeUnit.SECONDS);
        }
    }
}
