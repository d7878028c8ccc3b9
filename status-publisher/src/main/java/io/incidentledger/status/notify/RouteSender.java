package io.incidentledger.status.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.chat.SlackMessages;
import io.incidentledger.api.deadletter.DeliveryFailure;
import io.incidentledger.status.NotificationRouteProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Delivers one notification: to a Slack channel through the {@link SlackMessages} port (chat-ingest's one Slack
 * client, with its bot token), or over plain HTTP to a Teams incoming webhook or a generic webhook signed with
 * {@link HmacSignature}. Throws on anything but success: a {@link DeliveryFailure} where the route answered, an
 * {@link IOException} where it could not be reached.
 */
public class RouteSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json;
    private final SlackMessages slack;
    private final Clock clock;

    public RouteSender(ObjectMapper json, SlackMessages slack, Clock clock) {
        this.json = json;
        this.slack = slack;
        this.clock = clock;
    }

    void send(NotificationRouteProperties route, PendingNotification notification) throws IOException, InterruptedException {
        switch (route.type().toLowerCase(Locale.ROOT)) {
            case "slack" -> slack.post(route.target(), notification.text());
            case "teams" -> expectOk(post(route.target(), json.writeValueAsString(Map.of("text", notification.text())),
                    Map.of()));
            case "webhook" -> webhook(route, notification);
            default -> throw DeliveryFailure.refused("Route '" + route.name() + "' has an unknown type '"
                    + route.type() + "'; use slack, teams or webhook");
        }
    }

    private void webhook(NotificationRouteProperties route, PendingNotification notification) throws IOException, InterruptedException {
        long timestamp = clock.instant().getEpochSecond();
        String secret = route.secret() == null ? "" : route.secret();
        expectOk(post(route.target(), notification.payload(), Map.of(
                HmacSignature.TIMESTAMP_HEADER, Long.toString(timestamp),
                HmacSignature.SIGNATURE_HEADER, HmacSignature.sign(secret, timestamp, notification.payload()),
                "X-Ledger-Delivery", notification.deliveryId(),
                "X-Ledger-Event", notification.kind())));
    }

    private HttpResponse<String> post(String url, String body, Map<String, String> headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expectOk(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw DeliveryFailure.ofStatus(response.statusCode(), "HTTP " + response.statusCode() + " from "
                    + response.uri().getHost());
        }
        return response;
    }
}
