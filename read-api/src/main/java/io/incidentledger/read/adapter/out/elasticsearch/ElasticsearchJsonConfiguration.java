package io.incidentledger.read.adapter.out.elasticsearch;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Elasticsearch client's JSON: the ledger's own, so documents read and write java.time as everything else does. */
@Configuration(proxyBeanMethods = false)
class ElasticsearchJsonConfiguration {

    // Boot's default mapper knows no java.time; documents must use the same JSON as the rest of the ledger
    @Bean
    JsonpMapper jsonpMapper(ObjectMapper mapper) {
        return new JacksonJsonpMapper(mapper.copy());
    }
}
