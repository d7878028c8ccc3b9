package io.incidentledger.bench.freshness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Polls a URL every 10 ms until its body holds a marker: the time from the ack to that moment, or -1 after 30 s. */
final class VisibilityProbe {

    private final HttpClient http;
    private final long everyMs;

    VisibilityProbe(HttpClient http, long everyMs) {
        this.http = http;
        this.everyMs = everyMs;
    }

    long microsUntilVisible(String url, String marker, long ackedNanos) throws InterruptedException {
        HttpRequest poll = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() - ackedNanos < 30_000_000_000L) {
            try {
                if (http.send(poll, HttpResponse.BodyHandlers.ofString()).body().contains(marker)) {
                    return (System.nanoTime() - ackedNanos) / 1000;
                }
            } catch (java.io.IOException retry) {
                // a refused poll is not a visibility answer: poll again
            }
            Thread.sleep(everyMs);
        }
        return -1;
    }
}
