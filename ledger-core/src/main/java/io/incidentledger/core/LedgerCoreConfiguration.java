package io.incidentledger.core;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Everything ledger-core contributes to the application. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(LedgerCoreProperties.class)
public class LedgerCoreConfiguration {
}
