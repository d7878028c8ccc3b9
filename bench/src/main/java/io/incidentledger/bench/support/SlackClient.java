package io.incidentledger.bench.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Signed requests to {@code POST /slack/events}, shaped as Slack sends slash commands and channel messages. */
public final class SlackClient {

    private static final AtomicLong MESSAGE_COUNTER = new AtomicLong();

    private final HttpClient http;
    private final URI endpoint;
    private final SlackSigner signer;

    public SlackClient(HttpClient http, String baseUrl, String secret) {
        this.http = http;
        this.endpoint = URI.create(baseUrl + "/slack/events");
        this.signer = new SlackSigner(secret);
    }

    public HttpResponse<String> command(String channel, String user, String text) throws IOException, InterruptedException {
        String body = "token=bench&team_id=T0BENCH&team_domain=bench&channel_id=" + channel + "&channel_name=bench"
                + "&user_id=" + user + "&user_name=bench&command=%2Fincident&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&api_app_id=A0BENCH&response_url=" + URLEncoder.encode("http://127.0.0.1:9/commands", StandardCharsets.UTF_8)
                + "&trigger_id=" + UUID.randomUUID();
        return post(body, "application/x-www-form-urlencoded");
    }

    public HttpResponse<String> message(String channel, String user, String text) throws IOException, InterruptedException {
        long now = System.currentTimeMillis();
        long n = MESSAGE_COUNTER.incrementAndGet();
        // ts must be unique per channel: Slack's message id; event_id is the delivery id the app dedupes on
        String ts = (now / 1000) + "." + String.format("%06d", n % 1_000_000);
        String body = "{\"token\":\"bench\",\"team_id\":\"T0BENCH\",\"api_app_id\":\"A0BENCH\",\"type\":\"event_callback\","
                + "\"event_id\":\"EvB" + UUID.randomUUID().toString().replace("-", "").toUpperCase() + "\",\"event_time\":" + now / 1000
                + ",\"event\":{\"type\":\"message\",\"channel\":\"" + channel + "\",\"user\":\"" + user + "\",\"text\":\""
                + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"ts\":\"" + ts + "\",\"event_ts\":\"" + ts
                + "\",\"channel_type\":\"channel\"}}";
        return post(body, "application/json");
    }

    private HttpResponse<String> post(String body, String contentType) throws IOException, InterruptedException {
        long timestamp = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signer.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
