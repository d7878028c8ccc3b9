package io.incidentledger.projections.testdata;

import io.incidentledger.localservers.LocalServerSettings;
import io.incidentledger.localservers.LocalServers;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/** The in-JVM KRaft broker of local-servers, with its default settings, and nothing else started. */
public final class LocalKafka {

    private LocalKafka() {
    }

    /** Starts the broker in a temporary directory; answers its bootstrap servers. */
    public static String start() {
        // a configured URL means "not started here", so only Kafka is
        var settings = new LocalServerSettings("jdbc:postgresql://unused/unused", "unused", "unused", null,
                "http://unused:9200", null, true, null);
        return LocalServers.start(settings).kafkaBootstrapServers();
    }

    /** Its threads are not daemons: stop it, or the test JVM never exits. */
    public static void stop() {
        LocalServers.stopAll();
    }

    public static Map<String, Object> adminConfig(String bootstrapServers) {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    }

    public static void createTopics(String bootstrapServers, List<NewTopic> topics) throws Exception {
        try (Admin admin = Admin.create(adminConfig(bootstrapServers))) {
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
        }
    }
}
