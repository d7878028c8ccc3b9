package io.incidentledger.read;

import io.incidentledger.read.adapter.out.elasticsearch.FlightRecorderProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Everything read-api contributes to the application. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(FlightRecorderProperties.class)
public class ReadApiConfiguration {
}
