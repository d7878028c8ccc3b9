package io.incidentledger.ingest.adapter.in.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TeamsWebhookSignatureTest {

    private static final String SECRET = Base64.getEncoder().encodeToString("a-webhook-secret-of-32-bytes!!!!".getBytes(StandardCharsets.UTF_8));
    private static final byte[] BODY = "{\"type\":\"message\",\"text\":\"<at>StatusBot</at> declare Down\"}".getBytes(StandardCharsets.UTF_8);
    private final TeamsWebhookSignature signature = new TeamsWebhookSignature(SECRET);

    @Test
    void aCorrectSignatureVerifies() throws Exception {
        assertThat(signature.verifies(BODY, "HMAC " + sign(BODY, SECRET))).isTrue();
    }

    @Test
    void aWrongMissingOrMalformedSignatureDoesNot() throws Exception {
        String other = Base64.getEncoder().encodeToString("another-secret".getBytes(StandardCharsets.UTF_8));
        assertThat(signature.verifies(BODY, "HMAC " + sign(BODY, other))).isFalse();
        assertThat(signature.verifies(BODY, null)).isFalse();
        assertThat(signature.verifies(BODY, "Bearer " + sign(BODY, SECRET))).isFalse();
        assertThat(signature.verifies(BODY, "HMAC not*base64")).isFalse();
    }

    @Test
    void aBodyAlteredAfterSigningDoesNot() throws Exception {
        String signed = sign(BODY, SECRET);
        byte[] altered = new String(BODY, StandardCharsets.UTF_8).replace("Down", "Fine").getBytes(StandardCharsets.UTF_8);

        assertThat(signature.verifies(altered, "HMAC " + signed)).isFalse();
    }

    @Test
    void withoutASecretNothingVerifies() throws Exception {
        assertThat(new TeamsWebhookSignature(null).verifies(BODY, "HMAC " + sign(BODY, SECRET))).isFalse();
    }

    static String sign(byte[] body, String base64Secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Secret), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }
}
