package io.incidentledger.subscribers.keys;

import io.incidentledger.api.subscriber.SubscriberId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Everything derived from the one subscribers key: manage-link signatures, each webhook's signing secret, and the
 * pseudonyms rate limits count under (so the limits table never holds an address). Tokens are random, kept hashed.
 */
public final class SubscriberSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    public SubscriberSecrets(byte[] key) {
        this.key = key.clone();
    }

    public String manageSignature(SubscriberId id) {
        return hmac("manage:" + id.value());
    }

    public boolean validManageSignature(SubscriberId id, String signature) {
        return signature != null && MessageDigest.isEqual(manageSignature(id).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    public String webhookSecret(SubscriberId id) {
        return hmac("webhook:" + id.value());
    }

    public String pseudonym(String what) {
        return hmac("limit:" + what);
    }

    public static String newToken() {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    public static String tokenHash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
