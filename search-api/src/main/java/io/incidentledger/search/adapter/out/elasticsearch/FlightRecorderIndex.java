package io.incidentledger.search.adapter.out.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes go through the alias, never the versioned index behind it, so a replay can build a new index
 * and switch the alias in one step.
 */
final class FlightRecorderIndex {

    static final String ALIAS = "flight-recorder";
    static final String FIRST_INDEX = ALIAS + "-v1";
    static final String TEMPLATE = ALIAS;

    private static final Logger log = LoggerFactory.getLogger(FlightRecorderIndex.class);

    private FlightRecorderIndex() {
    }

    static void ensureExists(ElasticsearchClient client) throws IOException {
        client.indices().putIndexTemplate(t -> t.name(TEMPLATE).indexPatterns(ALIAS + "-*")
                .template(tm -> tm.settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                        .mappings(m -> m.properties(mappings()))));
        if (!client.indices().existsAlias(a -> a.name(ALIAS)).value()) {
            client.indices().create(c -> c.index(FIRST_INDEX).aliases(ALIAS, a -> a.isWriteIndex(true)));
            log.info("Created flight-recorder index {} behind alias {}", FIRST_INDEX, ALIAS);
        }
    }

    private static Map<String, Property> mappings() {
        return Map.ofEntries(
                Map.entry("incidentId", Property.of(p -> p.keyword(k -> k))),
                Map.entry("incidentRef", Property.of(p -> p.keyword(k -> k))),
                Map.entry("kind", Property.of(p -> p.keyword(k -> k))),
                Map.entry("authorId", Property.of(p -> p.keyword(k -> k))),
                Map.entry("authorName", Property.of(p -> p.text(t -> t.fields("raw", f -> f.keyword(k -> k))))),
                Map.entry("platform", Property.of(p -> p.keyword(k -> k))),
                Map.entry("channel", Property.of(p -> p.keyword(k -> k))),
                Map.entry("text", Property.of(p -> p.text(t -> t))),
                Map.entry("occurredAt", Property.of(p -> p.date(d -> d))),
                Map.entry("severity", Property.of(p -> p.keyword(k -> k))));
    }
}
