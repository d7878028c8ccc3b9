package io.incidentledger.core.chain;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/**
 * A checkpoint as exported: {@code body} is the canonical JSON that was signed ({@code createdAt}, {@code heads}
 * of {@code stream}, {@code position}, {@code hash} in stream order, {@code merkleRoot}); the signature and public
 * key are base64 (Ed25519 over the body's UTF-8 bytes; X.509 SubjectPublicKeyInfo).
 */
public record SignedCheckpoint(long id, String body, String signature, String publicKey) {

    public static final String ALGORITHM = "Ed25519";

    public boolean signatureHolds(String trustedPublicKey) {
        return SigningKey.verify(trustedPublicKey, body.getBytes(StandardCharsets.UTF_8), signature);
    }

    public JsonNode json() {
        return CanonicalJson.parse(body.getBytes(StandardCharsets.UTF_8));
    }
}
