package io.incidentledger.localservers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-JVM broker is sized for one app: its own settings, and the internal topics it then creates. */
class EmbeddedKafkaServerIT {

    @TempDir
    Path dataDir;

    @AfterEach
    void stopServers() {
        LocalServers.stopAll();
    }

    @Test
    void theBrokerRunsWithASmallCleanerBufferFewThreadsAndSinglePartitionInternalTopics() throws Exception {
        String servers = startKafkaOnly();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            Config broker = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.BROKER, "1")))
                    .all().get(30, TimeUnit.SECONDS).values().iterator().next();
            EmbeddedKafkaServer.SMALL.forEach((key, value) ->
                    assertThat(broker.get(key).value()).as(key).isEqualTo(value));
            assertThat(Long.parseLong(broker.get("log.cleaner.dedupe.buffer.size").value()))
                    .isLessThanOrEqualTo(8L * 1024 * 1024);

            // a transaction and a group's commit create the two internal topics
            String topic = "small-" + UUID.randomUUID();
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            commitOneTransaction(servers, topic);
            commitOneOffset(servers, topic);
            assertThat(partitions(admin, "__transaction_state")).isEqualTo(1);
            assertThat(partitions(admin, "__consumer_offsets")).isEqualTo(1);
        }
        // the broker and the controller have a request-handler pool and a network thread each
        assertThat(threadsNamed("data-plane-kafka-request-handler-")).isEqualTo(2 * 2);
        assertThat(threadsNamed("data-plane-kafka-network-thread-")).isEqualTo(2 * 1);
        assertThat(threadsNamed("kafka-scheduler-")).isEqualTo(2);
    }

    private String startKafkaOnly() {
        var settings = new LocalServerSettings("jdbc:postgresql://unused/unused", "unused", "unused", null,
                "http://unused:9200", dataDir, false, null);
        return LocalServers.start(settings).kafkaBootstrapServers();
    }

    private static void commitOneTransaction(String servers, String topic) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "small-" + UUID.randomUUID());
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "key", "value"));
            producer.commitTransaction();
        }
    }

    private static void commitOneOffset(String servers, String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, "small-" + UUID.randomUUID());
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            var partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(1)));
        }
    }

    private static int partitions(Admin admin, String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                .get(topic).partitions().size();
    }

    private static long threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(thread -> thread.getName().startsWith(prefix)).count();
    }
}
