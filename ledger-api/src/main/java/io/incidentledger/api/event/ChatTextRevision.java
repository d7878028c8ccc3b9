package io.incidentledger.api.event;

/**
 * The stored revision of the chat events whose text is sealed (envelope encryption, issue 19): each text field is
 * stored as {@code {"sealed": …}} under the message's key. Unrevised events, stored before, held it in plain and
 * are read through the ledger's upcaster as this revision, their text as {@code {"plain": …}}.
 */
public final class ChatTextRevision {

    public static final String SEALED = "2";

    private ChatTextRevision() {
    }
}
