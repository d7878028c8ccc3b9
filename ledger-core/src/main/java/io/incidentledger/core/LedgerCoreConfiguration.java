package io.incidentledger.core;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Everything ledger-core contributes to the application. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(LedgerCoreProperties.class)
public class LedgerCoreConfiguration {

    private static final String AXON_UPDATE_CHECK = "axoniq.update-checker.disabled";

    static {
        // Axon phones home for update checks by default; an incident tool must make no call nobody configured
        if (System.getProperty(AXON_UPDATE_CHECK) == null) {
            System.setProperty(AXON_UPDATE_CHECK, "true");
        }
    }
}
