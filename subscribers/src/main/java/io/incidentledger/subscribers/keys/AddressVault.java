package io.incidentledger.subscribers.keys;

import io.incidentledger.api.subscriber.SubscriberId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Crypto-shredding: each subscriber's address is sealed (AES-256-GCM, the subscriber id as associated data) with a
 * key of its own in {@code subscriber_key}, outside the ledger. The ledger keeps only the sealed bytes; destroying
 * the key on unsubscribe leaves them unreadable everywhere, in the event store and in every backup of it.
 */
@Component
public class AddressVault {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;

    private final JdbcTemplate jdbc;

    AddressVault(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String seal(SubscriberId id, String address) {
        try {
            var generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            byte[] key = generator.generateKey().getEncoded();
            jdbc.update("insert into subscriber_key (subscriber_id, aes_key) values (?, ?)", id.value(), key);
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, nonce, id).doFinal(address.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address, while the subscriber's key exists. */
    public Optional<String> open(SubscriberId id, String sealedAddress) {
        var keys = jdbc.queryForList("select aes_key from subscriber_key where subscriber_id = ?", byte[].class, id.value());
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] sealed = Base64.getDecoder().decode(sealedAddress);
            byte[] nonce = java.util.Arrays.copyOf(sealed, NONCE);
            byte[] plain = cipher(Cipher.DECRYPT_MODE, keys.get(0), nonce, id).doFinal(sealed, NONCE, sealed.length - NONCE);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The address of subscriber " + id.value() + " does not open with its key", e);
        }
    }

    public void destroy(SubscriberId id) {
        jdbc.update("delete from subscriber_key where subscriber_id = ?", id.value());
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, SubscriberId id) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(id.value().getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }
}
