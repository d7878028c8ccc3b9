package io.incidentledger.app.testdata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Slash commands exactly as Slack sends them: form-encoded, signed with v0 HMAC-SHA256 over the raw body. */
public final class SlackRequests {

    private SlackRequests() {
    }

    public static String slashCommandBody(String text, String userId, String channelId) {
        return slashCommandBody(text, userId, userId.toLowerCase().replace("u0", ""), channelId, UUID.randomUUID().toString());
    }

    public static String slashCommandBody(String text, String userId, String userName, String channelId, String triggerId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-verification-token");
        form.put("team_id", "T0TEST");
        form.put("team_domain", "acme");
        form.put("channel_id", channelId);
        form.put("channel_name", "incidents");
        form.put("user_id", userId);
        form.put("user_name", userName);
        form.put("command", "/incident");
        form.put("text", text);
        form.put("api_app_id", "A0TEST");
        form.put("is_enterprise_install", "false");
        form.put("response_url", "https://hooks.slack.com/commands/T0TEST/1/abc");
        form.put("trigger_id", triggerId);
        return form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static long now() {
        return Instant.now().getEpochSecond();
    }
}
