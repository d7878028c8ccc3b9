package io.incidentledger.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.json.LedgerJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The one ObjectMapper: Axon's serializer, the Kafka serdes and the HTTP API all get this bean. */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    @Primary
    ObjectMapper objectMapper() {
        return LedgerJson.newMapper();
    }
}
