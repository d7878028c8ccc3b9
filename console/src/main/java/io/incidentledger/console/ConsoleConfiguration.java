package io.incidentledger.console;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Everything the console contributes to the application: its pages under /console and its sign-in. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(ConsoleProperties.class)
public class ConsoleConfiguration {
}
