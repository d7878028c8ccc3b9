package io.incidentledger.core.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The Ed25519 key that signs checkpoints: a base64 PKCS#8 private key; the public key is given as base64 X.509. */
public final class SigningKey {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private SigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    public static SigningKey fromBase64(String pkcs8) {
        try {
            var factory = KeyFactory.getInstance("Ed25519");
            var privateKey = (EdECPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8.trim())));
            return new SigningKey(privateKey, derivePublic(privateKey));
        } catch (GeneralSecurityException | IllegalArgumentException bad) {
            throw new IllegalArgumentException("ledger.core.chain.signing-key is not a base64 PKCS#8 Ed25519 key", bad);
        }
    }

    /**
     * JDK 17 has no call that derives an Ed25519 public key; its generator takes the private key's 32 bytes from
     * the random source it is given, so one fed exactly those bytes yields the matching public key.
     */
    private static PublicKey derivePublic(EdECPrivateKey privateKey) throws GeneralSecurityException {
        byte[] seed = privateKey.getBytes().orElseThrow(() -> new GeneralSecurityException("no key bytes"));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(seed, 0, bytes, 0, bytes.length);
            }
        });
        return generator.generateKeyPair().getPublic();
    }

    /** Reads the key file, or (the local profile) writes a new one there first, readable by its owner only. */
    public static SigningKey fromFile(Path file, boolean generate) {
        try {
            if (!Files.exists(file) && generate) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path fresh = Files.createTempFile(file.toAbsolutePath().getParent(), "signing-key", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(fresh, generate().exportPrivate());
                Files.move(fresh, file);
            }
            return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The checkpoint signing key " + file + " cannot be read", unreadable);
        }
    }

    public static SigningKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new SigningKey(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException absent) {
            throw new IllegalStateException("Ed25519 is in every JDK 17", absent);
        }
    }

    public String sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(data);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException failed) {
            throw new IllegalStateException("Ed25519 signing failed", failed);
        }
    }

    public String publicKey() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    String exportPrivate() {
        return Base64.getEncoder().encodeToString(privateKey.getEncoded());
    }

    /** Whether {@code signature} (base64) is the Ed25519 signature of {@code data} by {@code publicKey} (base64 X.509). */
    public static boolean verify(String publicKey, byte[] data, String signature) {
        try {
            var key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException malformed) {
            return false;
        }
    }
}
