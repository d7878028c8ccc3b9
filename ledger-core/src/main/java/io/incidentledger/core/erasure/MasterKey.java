package io.incidentledger.core.erasure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** The AES-256 key that wraps every message key (envelope encryption): base64 of 32 bytes. */
public final class MasterKey {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKey key;

    private MasterKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "AES");
    }

    public static MasterKey fromBase64(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException notBase64) {
            bytes = new byte[0];
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("ledger.core.erasure.master-key is not the base64 of 32 bytes (AES-256)");
        }
        return new MasterKey(bytes);
    }

    /** Reads the key file, or (the local profile) writes a new one there first, readable by its owner only. */
    public static MasterKey fromFile(Path file, boolean generate) {
        try {
            if (!Files.exists(file) && generate) {
                Path dir = file.toAbsolutePath().getParent();
                Files.createDirectories(dir);
                Path fresh = Files.createTempFile(dir, "master-key", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(fresh, generate());
                Files.move(fresh, file);
            }
            return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The erasure master key " + file + " cannot be read", unreadable);
        }
    }

    /** A fresh key, as base64. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    byte[] wrap(byte[] dataKey, byte[] context) {
        return Gcm.seal(key, dataKey, context);
    }

    byte[] unwrap(byte[] wrapped, byte[] context) {
        return Gcm.open(key, wrapped, context);
    }
}
