package io.incidentledger.core.testdata;

import io.incidentledger.core.erasure.ChatKeyStore;
import io.incidentledger.core.erasure.ChatKeys;
import io.incidentledger.core.erasure.MasterKey;
import java.util.Base64;

/**
 * The keys the sealed fixtures under {@code events/2/} were written with: a test master key, and the message key it
 * wraps for the fixtures' one message. Only these fixtures use them.
 */
public final class StoredFixtureKeys {

    public static final String MASTER_KEY = "56L5U7VqMiIOtpRbgtsdjmsk5xnVYaBIab+rkjqnz9g=";
    private static final String WRAPPED_MESSAGE_KEY =
            "7M3D7XfMV9UiMQ6Zv0esMXuhAhahkZDAyFDfY9Z/DsvPyvQR2NV93kofJDM52XrXyjoGoxNV4IPzrE9n";

    private StoredFixtureKeys() {
    }

    /** A key store that holds the fixtures' message key, and the chat keys that open with it. */
    public static ChatKeys chatKeys(ChatKeyStore store) {
        store.keep("6f1d4a52-55d4-4e6a-a2b8-3f2f0a0b9c11", "C0MESSAGEID", Base64.getDecoder().decode(WRAPPED_MESSAGE_KEY));
        return new ChatKeys(MasterKey.fromBase64(MASTER_KEY), store);
    }
}
