package io.incidentledger.ingest.adapter.in.slack;

import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.model.event.MessageEvent;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Runs signed Events API bytes through {@link VerifiedSlackApp} as the controller does, without Spring. */
final class SlackBoltDriver {

    static final String SECRET = "unit-signing-secret";
    /** "Größe — 障害 🚒", written with escapes so that no source or locale encoding can change it. */
    static final String NON_ASCII = "Gr\u00f6\u00dfe \u2014 \u969c\u5bb3 \uD83D\uDE92";

    private final AtomicReference<String> recorded = new AtomicReference<>();
    private final VerifiedSlackApp app;
    private final SlackRequestParser parser;

    SlackBoltDriver() {
        AppConfig config = AppConfig.builder().signingSecret(SECRET).build();
        app = new VerifiedSlackApp(config, new SlackRequestSignature(SECRET));
        app.event(MessageEvent.class, (payload, ctx) -> {
            recorded.set(payload.getEvent().getText());
            return ctx.ack();
        });
        parser = SharedGsonPayloadExtractor.parser(config);
    }

    /** The HTTP status Bolt answers for {@code body} signed at {@code timestamp} with {@code signature}. */
    int post(byte[] body, long timestamp, String signature) throws Exception {
        var request = parser.parse(SlackRequestParser.HttpRequest.builder().requestUri("/slack/events").queryString(Map.of())
                .headers(new RequestHeaders(Map.of("Content-Type", List.of("application/json"),
                        "X-Slack-Request-Timestamp", List.of(Long.toString(timestamp)), "X-Slack-Signature", List.of(signature))))
                .requestBody(new String(body, StandardCharsets.UTF_8)).remoteAddress("127.0.0.1").build());
        return app.run(request).getStatusCode();
    }

    String recordedText() {
        return recorded.get();
    }

    static byte[] messageEvent(String eventId, String text) {
        return ("{\"token\":\"legacy\",\"team_id\":\"T0TEST\",\"api_app_id\":\"A0TEST\",\"type\":\"event_callback\","
                + "\"event_id\":\"" + eventId + "\",\"event_time\":1700000100,\"event\":{\"type\":\"message\",\"channel\":"
                + "\"C0INC\",\"user\":\"U0ADA\",\"text\":\"" + text + "\",\"ts\":\"1700000100.000100\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Slack's own recipe: HMAC-SHA256 of {@code v0:<timestamp>:<body bytes>}, keyed with the secret's UTF-8. */
    static String sign(String secret, long timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
    }
}
