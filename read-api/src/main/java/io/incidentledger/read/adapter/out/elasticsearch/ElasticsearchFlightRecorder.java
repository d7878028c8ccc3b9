package io.incidentledger.read.adapter.out.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.incidentledger.api.deadletter.DeliveryFailure;
import io.incidentledger.projections.flightrecorder.FlightRecord;
import io.incidentledger.projections.flightrecorder.FlightRecorder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * The flight recorder in Elasticsearch. The document id is the event id, so a re-delivery overwrites itself. A
 * document Elasticsearch refuses (a 4xx: a value its mapping cannot take) is a {@link DeliveryFailure#refused}
 * failure, parked once tried enough; a 429 or 5xx is an outage, retried.
 */
@Component
class ElasticsearchFlightRecorder implements FlightRecorder {

    private final ElasticsearchClient client;
    private final String refresh;
    private final AtomicBoolean indexReady = new AtomicBoolean();

    ElasticsearchFlightRecorder(ElasticsearchClient client, FlightRecorderProperties properties) {
        this.client = client;
        this.refresh = properties.refreshSetting();
    }

    @Override
    public void record(List<FlightRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        try {
            if (!indexReady.get()) {
                FlightRecorderIndex.ensureExists(client, refresh);
                indexReady.set(true);
            }
            bulk(client, FlightRecorderIndex.ALIAS, records);
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable; the batch will be retried", unreachable);
        }
    }

    static void bulk(ElasticsearchClient client, String index, List<FlightRecord> records) throws IOException {
        var bulk = new BulkRequest.Builder().index(index);
        records.forEach(r -> bulk.operations(op -> op.index(i -> i.id(r.eventId()).document(r))));
        BulkResponse response = client.bulk(bulk.build());
        if (response.errors()) {
            List<BulkResponseItem> failed = response.items().stream().filter(item -> item.error() != null).toList();
            // one item Elasticsearch is too busy for (429) or failing on (5xx) makes the batch worth retrying as is
            BulkResponseItem worst = failed.stream().filter(item -> item.status() == 429 || item.status() >= 500)
                    .findFirst().orElse(failed.isEmpty() ? null : failed.get(0));
            int status = worst == null ? 500 : worst.status();
            throw DeliveryFailure.ofStatus(status, "Elasticsearch refused part of a flight-recorder batch (HTTP "
                    + status + "): " + (worst == null ? "unknown" : worst.error().reason()));
        }
    }
}
