package io.incidentledger.search;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Everything search-api contributes to the application. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class SearchApiConfiguration {
}
