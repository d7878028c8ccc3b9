package io.incidentledger.search;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Everything search-api contributes to the application. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class SearchApiConfiguration {

    // Boot's default mapper knows no java.time; documents must use the same JSON as the rest of the ledger
    @Bean
    JsonpMapper jsonpMapper(ObjectMapper mapper) {
        return new JacksonJsonpMapper(mapper.copy());
    }
}
