package io.incidentledger.ingest;

import java.time.Clock;
import io.incidentledger.ingest.application.ChatIntakeProperties;
import io.incidentledger.ingest.application.RbacProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Everything chat-ingest contributes to the application. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties({RbacProperties.class, ChatIntakeProperties.class})
public class ChatIngestConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
