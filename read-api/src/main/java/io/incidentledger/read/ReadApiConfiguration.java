package io.incidentledger.read;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Everything read-api contributes to the application. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class ReadApiConfiguration {
}
