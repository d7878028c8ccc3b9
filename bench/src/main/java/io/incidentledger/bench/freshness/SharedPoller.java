package io.incidentledger.bench.freshness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

/**
 * One poll of one URL every {@code everyMs} for all markers waiting on it, so the measurement adds a fixed, small
 * load however slow visibility gets. (A poll per marker every 10 ms made a slow pipeline slower: outstanding
 * markers multiplied the polls of a 90 KB summary.json.)
 */
final class SharedPoller implements AutoCloseable {

    private record Waiting(long ackedNanos, LongConsumer seen, Runnable lost) {
    }

    private final HttpClient http;
    private final HttpRequest poll;
    private final long everyMs;
    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean open = true;

    SharedPoller(HttpClient http, String url, long everyMs) {
        this.http = http;
        this.poll = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
        this.everyMs = everyMs;
        this.thread = new Thread(this::run, "shared-poller");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** {@code seen} gets the microseconds from ack to the first poll showing the marker; {@code lost} after 30 s. */
    void await(String marker, long ackedNanos, LongConsumer seen, Runnable lost) {
        waiting.put(marker, new Waiting(ackedNanos, seen, lost));
    }

    /** Until nothing is waiting any more (seen or lost), at most {@code limit}. */
    void drain(Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!waiting.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(everyMs);
        }
    }

    private void run() {
        while (open) {
            try {
                if (!waiting.isEmpty()) {
                    String body = http.send(poll, HttpResponse.BodyHandlers.ofString()).body();
                    long now = System.nanoTime();
                    waiting.forEach((marker, w) -> {
                        if (body.contains(marker)) {
                            w.seen().accept((now - w.ackedNanos()) / 1000);
                            waiting.remove(marker);
                        } else if (now - w.ackedNanos() > 30_000_000_000L) {
                            w.lost().run();
                            waiting.remove(marker);
                        }
                    });
                }
                Thread.sleep(everyMs);
            } catch (InterruptedException stopping) {
                return;
            } catch (Exception refused) {
                // a refused poll is not a visibility answer: poll again
            }
        }
    }

    @Override
    public void close() {
        open = false;
        thread.interrupt();
    }
}
