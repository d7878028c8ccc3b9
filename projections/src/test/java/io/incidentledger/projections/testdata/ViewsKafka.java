package io.incidentledger.projections.testdata;

import io.incidentledger.projections.kafka.ViewRecords;
import io.incidentledger.projections.metrics.IncidentMetricsTopology;
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
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The local broker as the view ITs use it, for a test class's {@code @RegisterExtension} field: started with the
 * metrics view's input, repairs and view topics (and any more the class names) before its tests, stopped after them.
 */
public final class ViewsKafka implements BeforeAllCallback, AfterAllCallback {

    private final List<NewTopic> more;
    private String servers;

    public ViewsKafka(NewTopic... more) {
        this.more = List.of(more);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        servers = LocalKafka.start();
        List<NewTopic> topics = new ArrayList<>(List.of(new NewTopic(IncidentMetricsTopology.INPUT_TOPIC, 3, (short) 1),
                ViewRecords.repairsTopic(IncidentMetricsTopology.REPAIRS_TOPIC, 3, (short) 1),
                ViewRecords.viewTopic(IncidentMetricsTopology.METRICS_TOPIC)));
        topics.addAll(more);
        LocalKafka.createTopics(servers, topics);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        LocalKafka.stop();
    }

    /** Its bootstrap servers. */
    public String servers() {
        return servers;
    }

    /** The views' Streams settings for one application on this broker, its state kept in {@code stateDir}. */
    public Map<String, Object> streamsConfig(String applicationId, Path stateDir) {
        Map<String, Object> config = new HashMap<>(ViewRecords.streamsConfig());
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return config;
    }

    /** Writes {@code value} to the metrics view topic as it is, readable or not. */
    public void sendView(String key, byte[] value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(IncidentMetricsTopology.METRICS_TOPIC, key, value)).get(30, TimeUnit.SECONDS);
        }
    }
}
