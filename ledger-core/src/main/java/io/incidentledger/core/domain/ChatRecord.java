package io.incidentledger.core.domain;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.event.ChatMessageDeleted;
import io.incidentledger.api.event.ChatMessageEdited;
import io.incidentledger.api.event.ChatMessageRecorded;
import io.incidentledger.api.event.MessagePinned;
import io.incidentledger.api.event.MessageUnpinned;
import java.util.HashMap;
import java.util.HashSet;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * What was said in the incident's channels: the latest text of each message, deletions and pins. A change can
 * arrive before its message (the message's delivery timed out and is retried): it is recorded at once, and the
 * message, once it arrives, is recorded with that change applied, so neither is lost and a deleted message never
 * shows as live.
 */
class ChatRecord {

    private final HashMap<String, String> texts = new HashMap<>();
    private final HashSet<String> recorded = new HashSet<>();
    private final HashSet<String> editedBeforeRecorded = new HashSet<>();
    private final HashSet<String> deleted = new HashSet<>();
    private final HashSet<String> pinned = new HashSet<>();

    boolean isNew(String messageId) {
        return !recorded.contains(messageId);
    }

    void requireNew(String messageId) {
        if (!isNew(messageId)) {
            throw new CommandRefused("Message " + messageId + " is already in the record.");
        }
    }

    void requireNotDeleted(String messageId) {
        if (deleted.contains(messageId)) {
            throw new CommandRefused("Message " + messageId + " was deleted.");
        }
    }

    boolean isDeleted(String messageId) {
        return deleted.contains(messageId);
    }

    /** The text of an edit that came before its message, or null. */
    String editBeforeRecorded(String messageId) {
        return editedBeforeRecorded.contains(messageId) ? texts.get(messageId) : null;
    }

    String textOf(String messageId) {
        return texts.get(messageId);
    }

    void requirePinned(String messageId, boolean expected) {
        if (pinned.contains(messageId) != expected) {
            throw new CommandRefused("Message " + messageId + (expected ? " is not pinned." : " is already pinned."));
        }
    }

    @EventSourcingHandler
    void on(ChatMessageRecorded event) {
        recorded.add(event.messageId());
        texts.put(event.messageId(), event.text());
    }

    @EventSourcingHandler
    void on(ChatMessageEdited event) {
        texts.put(event.messageId(), event.text());
        if (recorded.contains(event.messageId())) {
            editedBeforeRecorded.remove(event.messageId());
        } else {
            editedBeforeRecorded.add(event.messageId());
        }
    }

    @EventSourcingHandler
    void on(ChatMessageDeleted event) {
        deleted.add(event.messageId());
        // a deletion that carries the text holds the message itself: a later delivery of it adds nothing
        if (event.previousText() != null) {
            recorded.add(event.messageId());
        }
    }

    @EventSourcingHandler
    void on(MessagePinned event) {
        pinned.add(event.messageId());
        texts.putIfAbsent(event.messageId(), event.text());
    }

    @EventSourcingHandler
    void on(MessageUnpinned event) {
        pinned.remove(event.messageId());
    }
}
