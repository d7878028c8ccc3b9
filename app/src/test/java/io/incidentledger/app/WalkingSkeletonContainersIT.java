package io.incidentledger.app;

import io.incidentledger.app.testdata.LedgerClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The walking skeleton against the images docker-compose runs. Skipped where no Docker engine exists.
 * The URLs are system properties because the local-servers post-processor reads them before any
 * test context customizer runs.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir=",
        "ledger.projections.application-id=containers-it"})
class WalkingSkeletonContainersIT extends WalkingSkeletonContract {

    static final PostgreSQLContainer<?> POSTGRES = new PostgreSQLContainer<>("postgres:17");
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:3.9.2");
    static final ElasticsearchContainer ELASTICSEARCH =
            new ElasticsearchContainer("docker.elastic.co/elasticsearch/elasticsearch:8.19.21")
                    .withEnv("xpack.security.enabled", "false")
                    .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");

    @BeforeAll
    static void startContainers() {
        POSTGRES.start();
        KAFKA.start();
        ELASTICSEARCH.start();
        System.setProperty("ledger.db.url", POSTGRES.getJdbcUrl());
        System.setProperty("ledger.db.username", POSTGRES.getUsername());
        System.setProperty("ledger.db.password", POSTGRES.getPassword());
        System.setProperty("kafka.bootstrap.servers", KAFKA.getBootstrapServers());
        System.setProperty("elasticsearch.url", "http://" + ELASTICSEARCH.getHttpHostAddress());
    }

    @AfterAll
    static void forgetContainers() {
        for (String key : new String[] {"ledger.db.url", "ledger.db.username", "ledger.db.password",
                "kafka.bootstrap.servers", "elasticsearch.url"}) {
            System.clearProperty(key);
        }
    }
}
