package io.incidentledger.read.adapter.out.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.indices.TranslogDurability;
import io.incidentledger.projections.flightrecorder.FlightRecord;
import io.incidentledger.projections.flightrecorder.FlightRecorderRebuild;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A replay builds {@code flight-recorder-v<n+1>} beside the live index, then moves the alias in one
 * {@code updateAliases} call, so readers and the live feed switch at once and never see a half-built index.
 */
@Component
class ElasticsearchFlightRecorderRebuild implements FlightRecorderRebuild {

    private static final int PAGE = 5_000;

    private final ElasticsearchClient client;
    private final String refresh;

    ElasticsearchFlightRecorderRebuild(ElasticsearchClient client, FlightRecorderProperties properties) {
        this.client = client;
        this.refresh = properties.refreshSetting();
    }

    @Override
    public String begin() {
        return io(() -> {
            FlightRecorderIndex.ensureExists(client, refresh);
            String next = FlightRecorderIndex.ALIAS + "-v" + (FlightRecorderIndex.generation(current()) + 1);
            // left by a replay that failed before its switch: never live (the alias names the current one), refilled
            if (client.indices().exists(e -> e.index(next)).value()) {
                client.indices().delete(d -> d.index(next));
            }
            // nobody searches the new generation before the switch: no refreshes and no fsync per bulk while it fills
            client.indices().create(c -> c.index(next).settings(st -> st.refreshInterval(t -> t.time("-1"))
                    .translog(tl -> tl.durability(TranslogDurability.Async))));
            return next;
        });
    }

    @Override
    public void write(String generation, List<FlightRecord> records) {
        io(() -> {
            ElasticsearchFlightRecorder.bulk(client, generation, records);
            return null;
        });
    }

    @Override
    public String switchTo(String generation) {
        return io(() -> {
            String previous = current();
            // durable first (the async translog may hold the last bulks), then the live settings before it serves
            client.indices().flush(f -> f.index(generation));
            client.indices().putSettings(p -> p.index(generation).settings(st -> st.refreshInterval(t -> t.time(refresh))
                    .translog(tl -> tl.durability(TranslogDurability.Request))));
            client.indices().refresh(r -> r.index(generation));
            client.indices().updateAliases(u -> u
                    .actions(a -> a.remove(r -> r.index(previous).alias(FlightRecorderIndex.ALIAS)))
                    .actions(a -> a.add(add -> add.index(generation).alias(FlightRecorderIndex.ALIAS).isWriteIndex(true))));
            return previous;
        });
    }

    @Override
    public String current() {
        return io(() -> FlightRecorderIndex.current(client));
    }

    @Override
    public Set<String> eventIds(String generation) {
        return io(() -> {
            client.indices().refresh(r -> r.index(generation));
            Set<String> ids = new HashSet<>();
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> cursor = after;
                var page = client.search(s -> {
                    s.index(generation).size(PAGE).source(src -> src.fetch(false))
                            .sort(so -> so.field(f -> f.field("eventId").order(SortOrder.Asc)));
                    return cursor == null ? s : s.searchAfter(cursor);
                }, Void.class).hits().hits();
                page.forEach(hit -> ids.add(hit.id()));
                if (page.size() < PAGE) {
                    return ids;
                }
                after = page.get(page.size() - 1).sort();
            }
        });
    }

    private static <T> T io(IoCall<T> call) {
        try {
            return call.run();
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable", unreachable);
        }
    }

    private interface IoCall<T> {
        T run() throws IOException;
    }
}
