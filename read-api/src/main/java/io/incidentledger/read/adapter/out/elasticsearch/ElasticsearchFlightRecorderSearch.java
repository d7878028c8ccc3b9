package io.incidentledger.read.adapter.out.elasticsearch;

import static io.incidentledger.api.http.ErrorCode.BAD_PARAMETER;
import static io.incidentledger.api.http.ErrorCode.SEARCH_UNAVAILABLE;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import io.incidentledger.api.http.ApiException;
import io.incidentledger.projections.flightrecorder.FlightRecord;
import io.incidentledger.read.application.FlightRecorderSearch;
import io.incidentledger.read.application.SearchCriteria;
import io.incidentledger.read.application.SearchHit;
import io.incidentledger.read.application.SearchOrder;
import io.incidentledger.read.application.SearchResult;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/** Match, filters, highlights, facets and {@code search_after} paging: all within the integ-test build. */
@Component
class ElasticsearchFlightRecorderSearch implements FlightRecorderSearch {

    static final Map<String, String> FACETS = Map.of("incident", "incidentRef", "author", "authorName.raw", "kind", "kind");

    private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private final ElasticsearchClient client;
    private final String refresh;
    private final AtomicBoolean indexReady = new AtomicBoolean();

    ElasticsearchFlightRecorderSearch(ElasticsearchClient client, FlightRecorderProperties properties) {
        this.client = client;
        this.refresh = properties.refreshSetting();
    }

    @Override
    public SearchResult search(SearchCriteria criteria) {
        try {
            if (!indexReady.get()) {
                FlightRecorderIndex.ensureExists(client, refresh);
                indexReady.set(true);
            }
            SearchResponse<FlightRecord> response = client.search(s -> {
                s.index(FlightRecorderIndex.ALIAS).size(criteria.size()).trackTotalHits(t -> t.enabled(true))
                        .query(query(criteria)).sort(sort(criteria.order()))
                        // the html encoder escapes the chat text around the tags, so a highlight is safe to render
                        .highlight(h -> h.encoder(HighlighterEncoder.Html)
                                .fields("text", f -> f.preTags("<em>").postTags("</em>")));
                FACETS.forEach((name, field) -> s.aggregations(name, a -> a.terms(t -> t.field(field).size(50))));
                return criteria.after() == null ? s
                        : s.searchAfter(cursor(criteria.after(), criteria.order()));
            }, FlightRecord.class);
            var hits = response.hits().hits();
            List<SearchHit> page = hits.stream().map(hit -> {
                FlightRecord r = hit.source();
                return new SearchHit(r.eventId(), r.incidentRef(), r.kind(), r.authorId(), r.authorName(), r.platform(),
                        r.channel(), r.text(), r.occurredAt(), hit.highlight().getOrDefault("text", List.of()));
            }).toList();
            String next = hits.size() == criteria.size() ? SearchCursor.encode(hits.get(hits.size() - 1).sort()) : null;
            long total = response.hits().total() == null ? page.size() : response.hits().total().value();
            return new SearchResult(criteria.words(), total, page, facets(response.aggregations()), next);
        } catch (ElasticsearchException refused) {
            // the web layer validated everything it could; what is left is still the caller's query, never our text
            if (refused.status() / 100 == 4) {
                throw new ApiException(BAD_PARAMETER, "The search cannot run as asked; check q, the filters and 'after'",
                        refused);
            }
            throw unavailable(refused);
        } catch (IOException unreachable) {
            throw unavailable(unreachable);
        }
    }

    // a cursor is decoded while the request is built, inside the client's lambda
    private static List<FieldValue> cursor(String after, SearchOrder order) {
        try {
            return SearchCursor.decode(after, cursorKinds(order));
        } catch (IllegalArgumentException foreign) {
            throw new ApiException(BAD_PARAMETER, foreign.getMessage(), foreign);
        }
    }

    // an outage, not a refusal: the cause stays an IOException's, and so counts as transient
    private static ApiException unavailable(Exception cause) {
        return new ApiException(SEARCH_UNAVAILABLE, "The flight recorder cannot be reached right now; nothing is lost, "
                + "try again shortly", RETRY_AFTER, cause);
    }

    private static Query query(SearchCriteria c) {
        var bool = new BoolQuery.Builder();
        bool.must(c.hasWords() ? Query.of(q -> q.match(m -> m.field("text").query(c.words())))
                : Query.of(q -> q.matchAll(a -> a)));
        term(bool, "incidentRef", c.incident());
        term(bool, "platform", c.platform());
        term(bool, "kind", c.kind());
        if (c.author() != null) {
            bool.filter(f -> f.bool(b -> b.minimumShouldMatch("1")
                    .should(s -> s.term(t -> t.field("authorId").value(c.author())))
                    .should(s -> s.term(t -> t.field("authorName.raw").value(c.author())))));
        }
        if (c.from() != null || c.to() != null) {
            bool.filter(f -> f.range(r -> r.date(d -> {
                d.field("occurredAt");
                if (c.from() != null) {
                    d.gte(c.from().toString());
                }
                return c.to() == null ? d : d.lt(c.to().toString());
            })));
        }
        return bool.build()._toQuery();
    }

    private static void term(BoolQuery.Builder bool, String field, String value) {
        if (value != null) {
            bool.filter(f -> f.term(t -> t.field(field).value(value)));
        }
    }

    // event id breaks ties, so search_after never skips or repeats a hit
    private static List<SortOptions> sort(SearchOrder order) {
        var sort = new ArrayList<SortOptions>();
        if (order == SearchOrder.RELEVANCE) {
            sort.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
        }
        sort.add(SortOptions.of(s -> s.field(f -> f.field("occurredAt").order(SortOrder.Desc))));
        sort.add(SortOptions.of(s -> s.field(f -> f.field("eventId").order(SortOrder.Asc))));
        return sort;
    }

    // one letter per value of sort(order): score, occurredAt, eventId
    private static String cursorKinds(SearchOrder order) {
        return order == SearchOrder.RELEVANCE ? "dls" : "ls";
    }

    private static Map<String, Map<String, Long>> facets(Map<String, Aggregate> aggregations) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String name : List.of("incident", "author", "kind")) {
            Map<String, Long> counts = new LinkedHashMap<>();
            aggregations.get(name).sterms().buckets().array()
                    .forEach(bucket -> counts.put(bucket.key().stringValue(), bucket.docCount()));
            facets.put(name, counts);
        }
        return facets;
    }
}
