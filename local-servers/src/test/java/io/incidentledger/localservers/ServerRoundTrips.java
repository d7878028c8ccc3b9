package io.incidentledger.localservers;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** One write and one read against each server, enough to show it is real and keeps its data. */
final class ServerRoundTrips {

    private static final String TOPIC = "local-servers-it";
    private static final String DOCUMENT = "/local-servers-it/_doc/1";
    private static final HttpClient http = HttpClient.newHttpClient();

    private ServerRoundTrips() {
    }

    static void insertRow(ServerEndpoints endpoints, String note) throws SQLException {
        try (Connection connection = connect(endpoints); Statement statement = connection.createStatement()) {
            statement.execute("create table notes (id int primary key, body text not null)");
            statement.execute("insert into notes values (1, '" + note + "')");
        }
    }

    static String readRow(ServerEndpoints endpoints) throws SQLException {
        try (Connection connection = connect(endpoints); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select body from notes where id = 1")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static Connection connect(ServerEndpoints endpoints) throws SQLException {
        return DriverManager.getConnection(
                endpoints.jdbcUrl(), endpoints.databaseUsername(), endpoints.databasePassword());
    }

    static void produce(ServerEndpoints endpoints, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    static Map<String, String> consumeFromBeginning(ServerEndpoints endpoints) {
        Map<String, String> seen = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> seen.put(record.key(), record.value()));
                return !seen.isEmpty();
            });
        }
        return seen;
    }

    static void indexDocument(ServerEndpoints endpoints, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(endpoints.elasticsearchUrl() + DOCUMENT + "?refresh=true"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IllegalStateException("indexing answered " + response.statusCode() + ": " + response.body());
        }
    }

    static String getDocument(ServerEndpoints endpoints) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(endpoints.elasticsearchUrl() + DOCUMENT)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
