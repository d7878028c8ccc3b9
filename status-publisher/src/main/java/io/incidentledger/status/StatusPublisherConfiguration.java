package io.incidentledger.status;

import io.incidentledger.status.text.PageLanguages;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Everything status-publisher contributes to the application. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(StatusPageProperties.class)
public class StatusPublisherConfiguration {

    /** The page's languages, for any renderer that adds a section to the page. */
    @Bean
    PageLanguages pageLanguages(StatusDocuments documents) {
        return documents.languages();
    }
}
