package io.incidentledger.bench.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far the views trail the ledger, from the app's {@code /actuator/prometheus}: the outbox to Kafka
 * ({@code incident_ledger_processor_lag_events} of {@code ledger-to-kafka}), the Streams threads' and the global
 * consumer's per-partition {@code kafka_consumer_fetch_manager_records_lag}; and the Streams state from health.
 */
public final class PipelineLag {

    private static final Pattern PARTITION_LAG = Pattern.compile(
            "^kafka_consumer_fetch_manager_records_lag\\{client_id=\"[^\"]*-(StreamThread-\\d+-consumer|global-consumer)\"[^}]*}"
                    + " ([0-9.eE+-]+|NaN)$", Pattern.MULTILINE);
    private static final Pattern PUBLISHER_LAG = Pattern.compile(
            "^incident_ledger_processor_lag_events\\{processor=\"ledger-to-kafka\"} ([0-9.eE+-]+)$", Pattern.MULTILINE);

    /** Records (events) not yet handled at each stage; -1 where the app shows no such series. */
    public record Lag(long publisher, long streams, long global) {

        public long total() {
            return Math.max(0, publisher) + Math.max(0, streams) + Math.max(0, global);
        }

        public boolean known() {
            return publisher >= 0 && streams >= 0 && global >= 0;
        }
    }

    static final String SCRAPE = "/actuator/prometheus?includedNames=kafka_consumer_fetch_manager_records_lag,"
            + "incident_ledger_processor_lag_events";

    private final HttpClient http;
    private final String url;

    public PipelineLag(HttpClient http, String url) {
        this.http = http;
        this.url = url;
    }

    public Lag read() throws Exception {
        // only the two series sent back; Micrometer 1.15 still collects every meter before it filters (its collector
        // names no families), so a scrape costs the app about what a whole one does: 6.8 % of its CPU at 1/s during
        // ingest (round 9)
        String text = get(SCRAPE);
        return parse(text);
    }

    static Lag parse(String text) {
        long streams = -1;
        long global = -1;
        Matcher partition = PARTITION_LAG.matcher(text);
        while (partition.find()) {
            // a partition not fetched yet has no lag to report (NaN): it counts as nothing known, not as zero
            long value = partition.group(2).equals("NaN") ? 0 : (long) Double.parseDouble(partition.group(2));
            if (partition.group(1).equals("global-consumer")) {
                global = Math.max(0, global) + value;
            } else {
                streams = Math.max(0, streams) + value;
            }
        }
        Matcher publisher = PUBLISHER_LAG.matcher(text);
        return new Lag(publisher.find() ? (long) Double.parseDouble(publisher.group(1)) : -1, streams, global);
    }

    public boolean streamsRunning() throws Exception {
        return get("/actuator/health").contains("\"streams\":\"RUNNING\"");
    }

    /** Until Streams is RUNNING and every stage's lag is zero, at most {@code limit}; false if that never came. */
    public boolean awaitCaughtUp(Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            try {
                Lag lag = read();
                if (lag.known() && lag.total() == 0 && streamsRunning()) {
                    return true;
                }
            } catch (java.io.IOException busy) {
                // a scrape that times out under load is no answer: ask again
            }
            Thread.sleep(500);
        }
        return false;
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
