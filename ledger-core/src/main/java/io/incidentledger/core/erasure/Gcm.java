package io.incidentledger.core.erasure;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** AES-GCM from the JDK: a fresh 12-byte nonce before the ciphertext and its 128-bit tag; {@code context} is bound as AAD. */
final class Gcm {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    // Cipher.getInstance walks the providers each time; one per thread, initialised anew for each use
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(Gcm::newCipher);

    private Gcm() {
    }

    static byte[] seal(SecretKey key, byte[] plain, byte[] context) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException absent) {
            throw new IllegalStateException("AES-GCM is in every JDK 17", absent);
        }
    }

    /** Throws {@link IllegalStateException} if the bytes were not sealed by this key for this context. */
    static byte[] open(SecretKey key, byte[] sealed, byte[] context) {
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
            cipher.updateAAD(context);
            return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (GeneralSecurityException | IllegalArgumentException forged) {
            throw new IllegalStateException("A sealed chat text or key does not open with its key: wrong master key, or altered", forged);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException absent) {
            throw new IllegalStateException("AES-GCM is in every JDK 17", absent);
        }
    }
}
