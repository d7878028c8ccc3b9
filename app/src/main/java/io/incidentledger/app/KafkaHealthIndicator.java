package io.incidentledger.app;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/** Boot has no Kafka health check: this one asks the cluster for its nodes, and reports the Streams state. */
@Component("kafka")
class KafkaHealthIndicator extends AbstractHealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final KafkaAdmin admin;
    private final StreamsBuilderFactoryBean streams;

    KafkaHealthIndicator(KafkaAdmin admin, StreamsBuilderFactoryBean streams) {
        super("Kafka is unreachable");
        this.admin = admin;
        this.streams = streams;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        try (AdminClient client = AdminClient.create(admin.getConfigurationProperties())) {
            var cluster = client.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()));
            int nodes = cluster.nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
            var kafkaStreams = streams.getKafkaStreams();
            builder.up().withDetail("clusterId", cluster.clusterId().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                    .withDetail("nodes", nodes)
                    .withDetail("streams", kafkaStreams == null ? "NOT_STARTED" : kafkaStreams.state().name());
        }
    }
}
