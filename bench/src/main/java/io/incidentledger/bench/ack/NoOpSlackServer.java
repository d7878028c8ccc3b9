package io.incidentledger.bench.ack;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The framework floor: the app's own stack (Spring Boot, Tomcat, Spring MVC) answering {@code POST /slack/events}
 * after the signature check and nothing else. Started in its own JVM by {@link AckLatencyBenchmark}.
 */
@SpringBootApplication
public class NoOpSlackServer {

    public static void main(String[] args) {
        start(args);
    }

    public static ConfigurableApplicationContext start(String... args) {
        SpringApplication application = new SpringApplication(NoOpSlackServer.class);
        // local-servers is on this classpath (for durable-commits) and refuses a start without server URLs; the
        // floor uses no server at all, so it names placeholders that nothing here connects to; ledger-core (for
        // chain-append) brings Flyway, which would connect to the placeholder database at start
        application.setDefaultProperties(java.util.Map.of("spring.main.banner-mode", "off",
                "spring.autoconfigure.exclude", "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
                "spring.jmx.enabled", "false", "logging.level.root", "warn",
                "ledger.db.url", "jdbc:postgresql://127.0.0.1:9/unused", "kafka.bootstrap.servers", "127.0.0.1:9",
                "elasticsearch.url", "http://127.0.0.1:9"));
        return application.run(args);
    }
}
