package io.incidentledger.read.adapter.out.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
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

    /**
     * The template, and the live index behind the alias with {@code refresh} as its refresh interval: an index made
     * before the setting existed, or under another value, takes it here (a rebuild's new generation is not behind
     * the alias yet, and keeps its own until it is switched in).
     */
    static void ensureExists(ElasticsearchClient client, String refresh) throws IOException {
        client.indices().putIndexTemplate(t -> t.name(TEMPLATE).indexPatterns(ALIAS + "-*")
                .template(tm -> tm.settings(s -> s.numberOfShards("1").numberOfReplicas("0")
                                .refreshInterval(r -> r.time(refresh)))
                        .mappings(m -> m.properties(mappings()))));
        if (client.indices().existsAlias(a -> a.name(ALIAS)).value()) {
            keepRefreshing(client, refresh);
        } else {
            try {
                client.indices().create(c -> c.index(FIRST_INDEX).aliases(ALIAS, a -> a.isWriteIndex(true)));
                log.info("Created flight-recorder index {} behind alias {}", FIRST_INDEX, ALIAS);
            } catch (ElasticsearchException raced) {
                // the feed and a search (or two instances) may both get here first; one creation is enough
                if (!"resource_already_exists_exception".equals(raced.error().type())) {
                    throw raced;
                }
            }
        }
    }

    // it only decides how soon lines show: an index that refuses the change (a block, say) keeps serving at its old
    // interval, so the refusal is logged and fails no batch and no search (a batch's own bulk says if writes work)
    private static void keepRefreshing(ElasticsearchClient client, String refresh) throws IOException {
        try {
            client.indices().putSettings(p -> p.index(ALIAS).settings(s -> s.refreshInterval(r -> r.time(refresh))));
        } catch (ElasticsearchException refused) {
            log.warn("The flight recorder's index kept its refresh interval, not {}: {}", refresh, refused.error().type());
        }
    }

    /** The versioned index the alias points at now. */
    static String current(ElasticsearchClient client) throws IOException {
        return client.indices().getAlias(a -> a.name(ALIAS)).result().keySet().stream().sorted().reduce((a, b) -> b)
                .orElse(FIRST_INDEX);
    }

    /** {@code flight-recorder-v7} is generation 7. */
    static int generation(String index) {
        return Integer.parseInt(index.substring(index.lastIndexOf("-v") + 2));
    }

    private static Map<String, Property> mappings() {
        return Map.ofEntries(
                Map.entry("eventId", Property.of(p -> p.keyword(k -> k))),
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
