package io.incidentledger.subscribers;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Everything the subscribers module contributes to the application. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(SubscribersProperties.class)
public class SubscribersConfiguration {
}
