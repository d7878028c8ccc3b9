package io.incidentledger.bench.freshness;

import io.incidentledger.bench.support.Latencies;
import io.incidentledger.bench.support.SlackClient;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Markers in one incident channel, every one naming the run, so that one search for the run finds them all:
 * even ones a channel message (for search), odd ones a public update (for summary.json).
 */
final class Markers {

    private final SlackClient slack;
    private final String channel;
    private final String run;

    Markers(SlackClient slack, String channel, String run) {
        this.slack = slack;
        this.channel = channel;
        this.run = run;
    }

    void send(int everyMs, Duration duration, SharedPoller searchPoller, SharedPoller summaryPoller,
              Latencies search, Latencies summary, AtomicInteger lost) {
        long end = System.nanoTime() + duration.toNanos();
        try {
            for (long n = 0; System.nanoTime() < end; n++) {
                String marker = "mk" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
                boolean publicUpdate = n % 2 == 1;
                int status = publicUpdate
                        ? slack.command(channel, "U0BENCH", "update " + run + " " + marker).statusCode()
                        : slack.message(channel, "U0BENCH", "marker " + run + " " + marker).statusCode();
                long acked = System.nanoTime();
                if (status != 200) {
                    lost.incrementAndGet();
                } else if (publicUpdate) {
                    summaryPoller.await(marker, acked, summary::record, lost::incrementAndGet);
                } else {
                    searchPoller.await(marker, acked, search::record, lost::incrementAndGet);
                }
                Thread.sleep(everyMs);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
