package io.incidentledger.ingest;

import io.incidentledger.ingest.application.ChatIntakeProperties;
import io.incidentledger.ingest.application.RbacProperties;
import io.incidentledger.ingest.slack.SlackProperties;
import io.incidentledger.ingest.teams.TeamsProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Everything chat-ingest contributes to the application, and the keys it owns: {@code slack.*}, {@code teams.*},
 * {@code ledger.rbac.*} and {@code ledger.chat.*}. The {@code Clock} it needs is the application's.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties({SlackProperties.class, TeamsProperties.class, RbacProperties.class,
        ChatIntakeProperties.class})
public class ChatIngestConfiguration {
}
