package io.incidentledger.bench.crash;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** The timelines are a Kafka Streams view: after a restart they catch up, so they are polled until complete. */
final class TimelineWait {

    private TimelineWait() {
    }

    /** Counts per marker over every incident of the round, once all acknowledged markers show or time is up. */
    static Map<String, Integer> untilShown(HttpClient http, String url, String apiToken, List<Sent> sent, String round,
                                           Duration timeout) throws Exception {
        Set<String> refs = sent.stream().map(Sent::ref).collect(Collectors.toSet());
        Set<String> acknowledged = sent.stream().filter(Sent::acknowledged).map(Sent::key).collect(Collectors.toSet());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<String, Integer> shown = new HashMap<>();
            for (String ref : refs) {
                Ledger.inTimeline(http, url, apiToken, ref, round).forEach((marker, n) -> shown.merge(marker, n, Integer::sum));
            }
            if (shown.keySet().containsAll(acknowledged) || System.nanoTime() > deadline) {
                return shown;
            }
            TimeUnit.SECONDS.sleep(1);
        }
    }
}
