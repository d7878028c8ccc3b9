package io.incidentledger.core.erasure;

import java.util.Collection;
import java.util.Optional;

/**
 * Where message keys are kept, wrapped by the master key, one per (incident, message); {@link #INCIDENT_WIDE} is
 * the incident's own key, for texts without a message id, and the mark of an erasure of all its chat.
 */
public interface ChatKeyStore {

    String INCIDENT_WIDE = "";

    /** The message's stored key, storing {@code wrapped} as it if it has none yet. */
    StoredKey keep(String incidentId, String messageId, byte[] wrapped);

    Optional<StoredKey> find(String incidentId, String messageId);

    /**
     * Notes that the texts of these messages of an incident are about to be opened in the current transaction: the
     * first {@link #find} of one of them reads all their keys in one go, for the rest of the transaction, so opening
     * the texts of a run of events asks the store no more, and a run that opens none reads none (a store without
     * transactions may ignore it).
     */
    default void prefetch(String incidentId, Collection<String> messageIds) {
    }

    /**
     * Destroys the key of one message, or every key of the incident when {@code messageId} is null, leaving
     * {@code marker} in their place (a key erased before keeps its first marker).
     */
    void erase(String incidentId, String messageId, String marker);

    /** A wrapped key, or, once erased, no key and what its texts read as. */
    record StoredKey(byte[] wrapped, String erasedAs) {

        public boolean erased() {
            return wrapped == null;
        }
    }
}
