package io.incidentledger.status.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** {@code X-Ledger-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>." + body)>}; the timestamp stops replays. */
public final class HmacSignature {

    public static final String SIGNATURE_HEADER = "X-Ledger-Signature";
    public static final String TIMESTAMP_HEADER = "X-Ledger-Timestamp";

    private HmacSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
