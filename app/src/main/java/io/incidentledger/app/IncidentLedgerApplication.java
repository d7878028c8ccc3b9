package io.incidentledger.app;

import io.incidentledger.console.ConsoleConfiguration;
import io.incidentledger.core.LedgerCoreConfiguration;
import io.incidentledger.ingest.ChatIngestConfiguration;
import io.incidentledger.projections.ProjectionsConfiguration;
import io.incidentledger.read.ReadApiConfiguration;
import io.incidentledger.status.StatusPublisherConfiguration;
import io.incidentledger.subscribers.SubscribersConfiguration;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The whole ledger in one process. Local PostgreSQL, Kafka and Elasticsearch start for any URL left unset. */
@SpringBootApplication
@Import({LedgerCoreConfiguration.class, ChatIngestConfiguration.class, ProjectionsConfiguration.class,
        ReadApiConfiguration.class, StatusPublisherConfiguration.class, SubscribersConfiguration.class,
        ConsoleConfiguration.class})
@EnableConfigurationProperties(AppProperties.class)
public class IncidentLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(IncidentLedgerApplication.class, args);
    }

    /** The one clock of every module; a module's own tests declare theirs. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    AccessTokens accessTokens(AppProperties properties) {
        return AccessTokens.of(properties);
    }
}
