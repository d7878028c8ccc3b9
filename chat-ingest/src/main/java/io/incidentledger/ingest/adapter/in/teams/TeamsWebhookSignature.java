package io.incidentledger.ingest.adapter.in.teams;

import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Teams signs outgoing webhooks: {@code Authorization: HMAC base64(HMAC-SHA256(body, base64-decoded secret))}. */
final class TeamsWebhookSignature {

    private final byte[] key;

    TeamsWebhookSignature(String base64Secret) {
        byte[] decoded;
        try {
            decoded = base64Secret == null || base64Secret.isBlank() ? null : Base64.getDecoder().decode(base64Secret.strip());
        } catch (IllegalArgumentException notBase64) {
            decoded = null;
        }
        this.key = decoded;
    }

    boolean verifies(byte[] body, String authorization) {
        if (key == null || authorization == null || !authorization.startsWith("HMAC ")) {
            return false;
        }
        try {
            byte[] given = Base64.getDecoder().decode(authorization.substring(5).strip());
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            // constant time, so the comparison leaks nothing about the expected value
            return MessageDigest.isEqual(mac.doFinal(body), given);
        } catch (IllegalArgumentException | java.security.GeneralSecurityException malformed) {
            return false;
        }
    }
}
