package io.incidentledger.app.testdata;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client against the running app, so tests see exactly what Slack and browsers see. */
public final class LedgerClient {

    public static final String SECRET = "test-signing-secret";
    /** {@code ledger.api-token} in the tests' config/application.properties. */
    public static final String API_TOKEN = "test-api-token";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public LedgerClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public HttpResponse<String> slashCommand(String text) {
        return slashCommand(text, SlackRequests.now(), SECRET);
    }

    /** As {@code user} (a Slack user id such as U0BOB) in {@code channel}. */
    public HttpResponse<String> slashCommandAs(String user, String channel, String text) {
        long timestamp = SlackRequests.now();
        String body = SlackRequests.slashCommandBody(text, user, channel);
        return postSlack(body, timestamp, SlackRequests.signature(SECRET, timestamp, body));
    }

    public HttpResponse<String> slashCommand(String text, long timestamp, String secret) {
        String body = SlackRequests.slashCommandBody(text, "U0ADA", "C0INCIDENTS");
        return postSlack(body, timestamp, SlackRequests.signature(secret, timestamp, body));
    }

    public HttpResponse<String> postSlack(String body, long timestamp, String signature) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/slack/events"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** An Events API delivery: JSON, signed; {@code retry} > 0 adds Slack's retry headers. */
    public HttpResponse<String> postEvent(String json, int retry) {
        return postSigned("application/json", json, retry);
    }

    /** An interactivity delivery: {@code payload=<json>}, form-encoded and signed. */
    public HttpResponse<String> postInteraction(String json) {
        return postInteraction(json, 0);
    }

    /** The same, as Slack's retry {@code retry} (0: the first delivery) of it. */
    public HttpResponse<String> postInteraction(String json, int retry) {
        String body = "payload=" + java.net.URLEncoder.encode(json, java.nio.charset.StandardCharsets.UTF_8);
        return postSigned("application/x-www-form-urlencoded", body, retry);
    }

    private HttpResponse<String> postSigned(String contentType, String body, int retry) {
        long timestamp = SlackRequests.now();
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/slack/events"))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", SlackRequests.signature(SECRET, timestamp, body));
        if (retry > 0) {
            request.header("X-Slack-Retry-Num", Integer.toString(retry)).header("X-Slack-Retry-Reason", "http_timeout");
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A JSON POST with the given headers, alternating names and values. */
    public HttpResponse<String> postJson(String path, String json, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** As a stranger: no credentials, as the public status page is read. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
    }

    /** As someone holding LEDGER_API_TOKEN: the internal read APIs and health details. */
    public HttpResponse<String> getAsReader(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + API_TOKEN)
                .GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
