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
        application.setDefaultProperties(java.util.Map.of("spring.main.banner-mode", "off",
                "spring.jmx.enabled", "false", "logging.level.root", "warn"));
        return application.run(args);
    }
}
