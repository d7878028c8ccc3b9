package io.incidentledger.projections.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.projections.kafka.JsonSerdes;
import io.incidentledger.projections.kafka.StreamsGuarantees;
import io.incidentledger.projections.kafka.ViewRecords;
import io.incidentledger.projections.status.CurrentIncidentsTopology;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.projections.testdata.LocalKafka;
import io.incidentledger.projections.testdata.ScriptedIncident;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Committed to the ledger topic → visible in the status views' global store, per Streams commit interval: the part
 * of ack → visible that the processing guarantee decides. Chat load at {@code RATE}/s over 20 incidents, one
 * transaction per 10 ms tick as the publisher sends, and a status change on a marker incident every 100 ms,
 * timed from its transaction's commit to the global store holding it. Run like {@link ReplayFoldBenchmark}, with
 * the intervals in ms as arguments (default 100 50 20 10).
 */
public final class StreamsFreshnessBenchmark {

    private static final int RATE = Integer.getInteger("rate", 300);
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("seconds", 30));
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private final ObjectMapper mapper = LedgerJson.newMapper();
    private final String servers;

    private StreamsFreshnessBenchmark(String servers) {
        this.servers = servers;
    }

    public static void main(String[] args) throws Exception {
        String servers = LocalKafka.start();
        try {
            LocalKafka.createTopics(servers, List.of(new NewTopic(CurrentIncidentsTopology.INPUT_TOPIC, 3, (short) 1),
                    ViewRecords.repairsTopic(CurrentIncidentsTopology.REPAIRS_TOPIC, 3, (short) 1),
                    ViewRecords.viewTopic(CurrentIncidentsTopology.VIEWS_TOPIC)));
            var bench = new StreamsFreshnessBenchmark(servers);
            for (String interval : args.length == 0 ? new String[] {"100", "50", "20", "10"} : args) {
                bench.round(Duration.ofMillis(Long.parseLong(interval)));
            }
        } finally {
            LocalKafka.stop();
        }
    }

    private void round(Duration commitInterval) throws Exception {
        var builder = new StreamsBuilder();
        CurrentIncidentsTopology.build(builder, JsonSerdes.ledgerEvents(mapper), JsonSerdes.incidentViews(mapper));
        Map<String, Object> config = new HashMap<>(ViewRecords.streamsConfig());
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "freshness-" + UUID.randomUUID());
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        config.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("freshness").toString());
        config.putAll(StreamsGuarantees.config(commitInterval, 64L << 20));
        try (var streams = new KafkaStreams(builder.build(), new StreamsConfig(config));
             var producer = transactionalProducer()) {
            streams.start();
            while (streams.state() != KafkaStreams.State.RUNNING) {
                Thread.sleep(50);
            }
            ReadOnlyKeyValueStore<String, IncidentView> views = streams.store(StoreQueryParameters.fromNameAndType(
                    CurrentIncidentsTopology.VIEWS_STORE, QueryableStoreTypes.keyValueStore()));
            send(producer, Duration.ofSeconds(10), views, new ArrayList<>());
            List<Long> latencies = new ArrayList<>();
            long cpuBefore = processCpuNanos();
            send(producer, MEASURE, views, latencies);
            long cpuMs = (processCpuNanos() - cpuBefore) / 1_000_000;
            latencies.sort(null);
            System.out.printf("commit.interval.ms=%d rate=%d/s markers=%d p50=%d ms p99=%d ms max=%d ms"
                            + " cpu=%d ms per s%n", commitInterval.toMillis(), RATE, latencies.size(),
                    rank(latencies, 0.50), rank(latencies, 0.99), latencies.get(latencies.size() - 1),
                    cpuMs / MEASURE.toSeconds());
        }
    }

    /** Sends the load for {@code length}; each marker's commit → visible time goes into {@code latencies}. */
    private void send(KafkaProducer<String, LedgerEvent> producer, Duration length,
                      ReadOnlyKeyValueStore<String, IncidentView> views, List<Long> latencies) throws Exception {
        List<ScriptedIncident> chatty = new ArrayList<>();
        List<LedgerEvent> first = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            chatty.add(new ScriptedIncident(1000 + i));
            first.add(chatty.get(i).declared("Chatty " + i, Severity.SEV2, T0));
        }
        var marker = new ScriptedIncident(1);
        first.add(marker.declared("Marker", Severity.SEV1, T0));
        commit(producer, first);
        long ticks = length.toMillis() / 10;
        long start = System.nanoTime();
        double owed = 0;
        List<long[]> pending = new ArrayList<>();
        for (long tick = 0; tick < ticks; tick++) {
            List<LedgerEvent> batch = new ArrayList<>();
            for (owed += RATE / 100.0; owed >= 1; owed--) {
                var incident = chatty.get((int) (tick % chatty.size()));
                batch.add(incident.message(UUID.randomUUID().toString(), "load", ScriptedIncident.BOB, T0));
            }
            LedgerEvent markerEvent = tick % 10 == 0 ? marker.status(IncidentStatus.INVESTIGATING,
                    tick % 20 == 0 ? IncidentStatus.IDENTIFIED : IncidentStatus.MONITORING, "m" + tick,
                    ScriptedIncident.ADA, T0) : null;
            if (markerEvent != null) {
                batch.add(markerEvent);
            }
            commit(producer, batch);
            if (markerEvent != null) {
                pending.add(new long[] {markerEvent.sequence(), System.nanoTime()});
            }
            pending.removeIf(p -> visible(views, marker, p, latencies));
            long due = start + (tick + 1) * 10_000_000L;
            while (System.nanoTime() < due) {
                pending.removeIf(p -> visible(views, marker, p, latencies));
                Thread.sleep(1);
            }
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            pending.removeIf(p -> visible(views, marker, p, latencies));
            Thread.sleep(1);
        }
    }

    private static boolean visible(ReadOnlyKeyValueStore<String, IncidentView> views, ScriptedIncident marker,
                                   long[] pending, List<Long> latencies) {
        IncidentView view = views.get(marker.key());
        if (view == null || view.lastSequence() < pending[0]) {
            return false;
        }
        latencies.add((System.nanoTime() - pending[1]) / 1_000_000);
        return true;
    }

    private static void commit(KafkaProducer<String, LedgerEvent> producer, List<LedgerEvent> batch) {
        producer.beginTransaction();
        batch.forEach(e -> producer.send(new ProducerRecord<>(CurrentIncidentsTopology.INPUT_TOPIC,
                e.incidentId().value(), e)));
        producer.commitTransaction();
    }

    private KafkaProducer<String, LedgerEvent> transactionalProducer() {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "freshness-" + UUID.randomUUID(),
                ProducerConfig.LINGER_MS_CONFIG, 0);
        var producer = new KafkaProducer<>(config, Serdes.String().serializer(),
                JsonSerdes.ledgerEvents(mapper).serializer());
        producer.initTransactions();
        return producer;
    }

    private static long rank(List<Long> sorted, double quantile) {
        return sorted.get(Math.max(0, (int) Math.ceil(quantile * sorted.size()) - 1));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
