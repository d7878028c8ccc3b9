package io.incidentledger.ingest.adapter.in.slack;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's v0 signature, checked where Bolt 1.47's {@code SlackSignature.Verifier} has gaps: Bolt encodes the
 * secret and body with the platform charset (a POSIX locale turns non-ASCII into '?'), compares with
 * {@code String.equals} (timing leaks the expected value), and accepts any timestamp in the future.
 * Here: UTF-8 bytes, {@link MessageDigest#isEqual}, and at most 5 minutes either side of now.
 */
final class SlackRequestSignature extends SlackSignature.Verifier {

    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(SlackRequestSignature.class);

    private final byte[] secret;

    SlackRequestSignature(String signingSecret) {
        // Bolt's generator is never used: every check goes through verifies()
        super(null);
        this.secret = signingSecret == null || signingSecret.isBlank() ? null : signingSecret.getBytes(StandardCharsets.UTF_8);
    }

    /** Bolt's entry point; the body is the text the controller decoded from the raw bytes as UTF-8. */
    @Override
    public boolean isValid(String timestamp, String body, String signature, long nowMillis) {
        return body != null && verifies(timestamp, body.getBytes(StandardCharsets.UTF_8), signature, nowMillis);
    }

    boolean verifies(String timestamp, byte[] body, String signature, long nowMillis) {
        if (secret == null || timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")) {
            return false;
        }
        long skewMillis = Math.abs(nowMillis - Long.parseLong(timestamp) * 1000);
        if (skewMillis > WINDOW.toMillis()) {
            log.info("Slack request refused: its timestamp {} is {} s from this server's clock", timestamp, skewMillis / 1000);
            return false;
        }
        byte[] expected = ("v0=" + HexFormat.of().formatHex(hmac(timestamp, body))).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", unavailable);
        }
    }
}
