package io.incidentledger.search.adapter.out.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.incidentledger.projections.flightrecorder.FlightRecord;
import io.incidentledger.projections.flightrecorder.FlightRecorder;
import io.incidentledger.search.application.FlightRecorderSearch;
import io.incidentledger.search.application.SearchHit;
import io.incidentledger.search.application.SearchResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/** The flight recorder in Elasticsearch. The document id is the event id, so a re-delivery overwrites itself. */
@Component
class ElasticsearchFlightRecorder implements FlightRecorder, FlightRecorderSearch {

    private final ElasticsearchClient client;
    private final AtomicBoolean indexReady = new AtomicBoolean();

    ElasticsearchFlightRecorder(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    public void record(List<FlightRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        try {
            ensureIndex();
            var bulk = new BulkRequest.Builder().index(FlightRecorderIndex.ALIAS);
            records.forEach(r -> bulk.operations(op -> op.index(i -> i.id(r.eventId()).document(r))));
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                throw new IllegalStateException("Elasticsearch refused part of a flight-recorder batch: "
                        + response.items().stream().filter(item -> item.error() != null)
                                .map(item -> item.error().reason()).findFirst().orElse("unknown"));
            }
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable; the batch will be retried", unreachable);
        }
    }

    @Override
    public SearchResult search(String words, int size) {
        try {
            ensureIndex();
            SearchResponse<FlightRecord> response = client.search(s -> s.index(FlightRecorderIndex.ALIAS).size(size)
                    .query(q -> q.match(m -> m.field("text").query(words))), FlightRecord.class);
            List<SearchHit> hits = response.hits().hits().stream().map(hit -> hit.source()).map(r -> new SearchHit(
                    r.eventId(), r.incidentRef(), r.kind(), r.authorName(), r.platform(), r.text(), r.occurredAt()))
                    .toList();
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new SearchResult(words, total, hits);
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable", unreachable);
        }
    }

    private void ensureIndex() throws IOException {
        if (!indexReady.get()) {
            FlightRecorderIndex.ensureExists(client);
            indexReady.set(true);
        }
    }
}
