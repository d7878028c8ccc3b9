package io.incidentledger.subscribers.delivery;

import io.incidentledger.status.notify.HmacSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

/**
 * POSTs the Statuspage-shaped body to a subscriber's URL, signed as the notification routes are
 * ({@link HmacSignature}: timestamp and HMAC-SHA256 headers) with that subscriber's own secret.
 */
class WebhookDelivery {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Clock clock;

    WebhookDelivery(Clock clock) {
        this.clock = clock;
    }

    void send(String url, String secret, String deliveryId, String kind, String body) throws IOException, InterruptedException {
        long timestamp = clock.instant().getEpochSecond();
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header(HmacSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(HmacSignature.SIGNATURE_HEADER, HmacSignature.sign(secret, timestamp, body))
                .header("X-Ledger-Delivery", deliveryId)
                .header("X-Ledger-Event", kind)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status / 100 != 2) {
            throw new IOException("HTTP " + status + " from the webhook");
        }
    }
}
