package io.incidentledger.localservers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

class LocalServersEnvironmentPostProcessorTest {

    @Test
    void withAllThreeUrlsConfiguredItStartsNothingAndOnlyMapsTheProperties() {
        MockEnvironment environment = new MockEnvironment();
        // environment variables, to prove relaxed binding; and no Elasticsearch home anywhere
        environment.getPropertySources().addLast(new SystemEnvironmentPropertySource("env", Map.of(
                "LEDGER_DB_URL", "jdbc:postgresql://db.example:5432/ledger",
                "LEDGER_DB_USERNAME", "ledger",
                "LEDGER_DB_PASSWORD", "secret",
                "KAFKA_BOOTSTRAP_SERVERS", "kafka.example:9092",
                "ELASTICSEARCH_URL", "http://es.example:9200")));
        environment.setProperty("spring.datasource.url", "jdbc:h2:mem:overridden");

        new LocalServersEnvironmentPostProcessor(Supplier::get)
                .postProcessEnvironment(environment, new SpringApplication());

        assertThat(LocalServers.anyRunning()).isFalse();
        assertThat(environment.getPropertySources().iterator().next().getName())
                .isEqualTo(LocalServersEnvironmentPostProcessor.PROPERTY_SOURCE_NAME);
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example:5432/ledger");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("ledger");
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("secret");
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("kafka.example:9092");
        assertThat(environment.getProperty("spring.elasticsearch.uris")).isEqualTo("http://es.example:9200");
    }

    @Test
    void runningTwiceLeavesOnePropertySource() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("ledger.db.url", "jdbc:postgresql://db.example/ledger")
                .withProperty("kafka.bootstrap.servers", "kafka.example:9092")
                .withProperty("elasticsearch.url", "http://es.example:9200");
        LocalServersEnvironmentPostProcessor postProcessor = new LocalServersEnvironmentPostProcessor(Supplier::get);

        postProcessor.postProcessEnvironment(environment, new SpringApplication());
        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().stream()
                .filter(source -> source.getName().equals(LocalServersEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)))
                .hasSize(1);
        assertThat(LocalServers.anyRunning()).isFalse();
    }

    @Test
    void withoutTheSwitchAMissingUrlStopsTheStartWithOneSentenceNamingIt() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("kafka.bootstrap.servers", "kafka.example:9092")
                .withProperty("elasticsearch.url", "http://es.example:9200");

        assertThatThrownBy(() -> new LocalServersEnvironmentPostProcessor(Supplier::get)
                .postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(ServerUrlsMissingException.class)
                .hasMessage("LEDGER_DB_URL is not set: point it at your PostgreSQL, or start with the local profile"
                        + " (SPRING_PROFILES_ACTIVE=local) to run embedded servers.");
        assertThat(LocalServers.anyRunning()).isFalse();
        assertThat(environment.getPropertySources().contains(LocalServersEnvironmentPostProcessor.PROPERTY_SOURCE_NAME))
                .isFalse();
    }

    @Test
    void withoutTheSwitchEveryMissingUrlIsNamedInTheSentence() {
        MockEnvironment environment = new MockEnvironment().withProperty("ledger.local.enabled", "false");

        assertThatThrownBy(() -> new LocalServersEnvironmentPostProcessor(Supplier::get)
                .postProcessEnvironment(environment, new SpringApplication()))
                .hasMessage("LEDGER_DB_URL, KAFKA_BOOTSTRAP_SERVERS and ELASTICSEARCH_URL are not set: point them at"
                        + " your PostgreSQL, Kafka and Elasticsearch, or start with the local profile"
                        + " (SPRING_PROFILES_ACTIVE=local) to run embedded servers.");
        assertThat(LocalServers.anyRunning()).isFalse();
    }

    @Test
    void theSwitchOrEphemeralModeTurnsLocalServersOnAndNothingElseDoes() {
        assertThat(LocalServerSettings.enabledIn(new MockEnvironment())).isFalse();
        assertThat(LocalServerSettings.enabledIn(new MockEnvironment().withProperty("ledger.local.enabled", "true")))
                .isTrue();
        assertThat(LocalServerSettings.enabledIn(new MockEnvironment().withProperty("ledger.local.ephemeral", "true")))
                .isTrue();
        assertThat(LocalServerSettings.enabledIn(new MockEnvironment().withProperty("spring.profiles.active", "prod")))
                .isFalse();
    }
}
