package io.incidentledger.localservers;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where the application finds its three servers, whether started here or configured outside. */
public record ServerEndpoints(
        String jdbcUrl,
        String databaseUsername,
        String databasePassword,
        String kafkaBootstrapServers,
        String elasticsearchUrl) {

    /** The Spring Boot properties that point the auto-configured clients at these endpoints. */
    public Map<String, Object> toSpringProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        putIfPresent(properties, "spring.datasource.url", jdbcUrl);
        putIfPresent(properties, "spring.datasource.username", databaseUsername);
        putIfPresent(properties, "spring.datasource.password", databasePassword);
        putIfPresent(properties, "spring.kafka.bootstrap-servers", kafkaBootstrapServers);
        putIfPresent(properties, "spring.elasticsearch.uris", elasticsearchUrl);
        return properties;
    }

    private static void putIfPresent(Map<String, Object> properties, String key, String value) {
        if (value != null) {
            properties.put(key, value);
        }
    }
}
