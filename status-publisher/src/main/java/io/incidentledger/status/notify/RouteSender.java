package io.incidentledger.status.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Delivers one notification over plain HTTP: Slack's {@code chat.postMessage} with the bot token, a Teams
 * incoming webhook, or a generic webhook signed with {@link HmacSignature}. Throws on anything but success: a
 * {@link DeliveryFailure} where the route answered, an {@link IOException} where it could not be reached.
 */
public class RouteSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final java.util.Set<String> SLACK_OUTAGES = java.util.Set.of("ratelimited", "internal_error",
            "fatal_error", "service_unavailable", "request_timeout");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json;
    private final String slackApiUrl;
    private final String slackBotToken;
    private final Clock clock;

    public RouteSender(ObjectMapper json, String slackApiUrl, String slackBotToken, Clock clock) {
        this.json = json;
        this.slackApiUrl = slackApiUrl.endsWith("/") ? slackApiUrl : slackApiUrl + "/";
        this.slackBotToken = slackBotToken;
        this.clock = clock;
    }

    void send(NotificationRouteProperties route, PendingNotification notification) throws IOException, InterruptedException {
        switch (route.type().toLowerCase(Locale.ROOT)) {
            case "slack" -> slack(route, notification);
            case "teams" -> expectOk(post(route.target(), json.writeValueAsString(Map.of("text", notification.text())),
                    Map.of()));
            case "webhook" -> webhook(route, notification);
            default -> throw DeliveryFailure.refused("Route '" + route.name() + "' has an unknown type '"
                    + route.type() + "'; use slack, teams or webhook");
        }
    }

    private void slack(NotificationRouteProperties route, PendingNotification notification) throws IOException, InterruptedException {
        if (slackBotToken == null || slackBotToken.isBlank()) {
            throw DeliveryFailure.refused("No SLACK_BOT_TOKEN: cannot post to Slack channel " + route.target());
        }
        String body = json.writeValueAsString(Map.of("channel", route.target(), "text", notification.text()));
        HttpResponse<String> response = expectOk(post(slackApiUrl + "chat.postMessage", body,
                Map.of("Authorization", "Bearer " + slackBotToken)));
        // Slack answers 200 with ok=false for errors such as channel_not_found, and for a few outages
        var answer = json.readTree(response.body());
        if (!answer.path("ok").asBoolean()) {
            String error = answer.path("error").asText();
            String message = "Slack refused the message: " + error;
            throw SLACK_OUTAGES.contains(error) ? DeliveryFailure.unavailable(message, null)
                    : DeliveryFailure.refused(message);
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
