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

/** What was said in the incident's channels: the latest text of each message, deletions and pins. */
class ChatRecord {

    private final HashMap<String, String> texts = new HashMap<>();
    private final HashSet<String> deleted = new HashSet<>();
    private final HashSet<String> pinned = new HashSet<>();

    boolean isNew(String messageId) {
        return !texts.containsKey(messageId);
    }

    void requireNew(String messageId) {
        if (!isNew(messageId)) {
            throw new CommandRefused("Message " + messageId + " is already in the record.");
        }
    }

    String requireLive(String messageId) {
        if (!texts.containsKey(messageId)) {
            throw new CommandRefused("Message " + messageId + " was never recorded for this incident.");
        }
        if (deleted.contains(messageId)) {
            throw new CommandRefused("Message " + messageId + " was deleted.");
        }
        return texts.get(messageId);
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
        texts.put(event.messageId(), event.text());
    }

    @EventSourcingHandler
    void on(ChatMessageEdited event) {
        texts.put(event.messageId(), event.text());
    }

    @EventSourcingHandler
    void on(ChatMessageDeleted event) {
        deleted.add(event.messageId());
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
