package io.incidentledger.core.domain;

import static io.incidentledger.core.domain.IncidentRules.requireNotClosed;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.incidentledger.api.command.*;
import io.incidentledger.api.event.*;
import io.incidentledger.api.id.ChatText;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import java.util.HashMap;
import java.util.HashSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * What was said in the incident's channels, an entity of {@link Incident} with its own commands: the latest text of
 * each message, deletions and pins. A change can arrive before its message (the message's delivery timed out and is
 * retried): it is recorded at once, and the message, once it arrives, is recorded with that change applied, so
 * neither is lost and a deleted message never shows as live.
 */
class ChatRecord {

    // an entity cannot read its root: the reference and the closed state every refusal needs are folded here too
    private IncidentRef ref;
    private boolean closed;
    private final HashMap<String, String> texts = new HashMap<>();
    private final HashSet<String> recorded = new HashSet<>();
    private final HashSet<String> editedBeforeRecorded = new HashSet<>();
    private final HashSet<String> deleted = new HashSet<>();
    private final HashSet<String> pinned = new HashSet<>();
    private final HashSet<String> redacted = new HashSet<>();

    @CommandHandler
    void handle(RecordChatMessage command) {
        requireNotClosed(ref, closed);
        if (recorded.contains(command.messageId())) {
            throw new CommandRefused("Message " + command.messageId() + " is already in the record.");
        }
        record(command);
    }

    @CommandHandler
    int handle(RecordChatMessages batch) {
        requireNotClosed(ref, closed);
        int count = 0;
        for (RecordChatMessage message : batch.messages()) {
            // applied at once on a loaded incident, so a message twice in one batch is also recorded once
            if (!recorded.contains(message.messageId())) {
                record(message);
                count++;
            }
        }
        return count;
    }

    // a delete or an edit that came first applies to the message now; a deleted message is never recorded as live
    private void record(RecordChatMessage message) {
        String messageId = message.messageId();
        String text = ChatText.bounded(message.text());
        if (deleted.contains(messageId)) {
            // never null here: a deletion with its text is what marks the message as recorded
            apply(new ChatMessageDeleted(message.incidentId(), ref, messageId, text == null ? "" : text, message.by(), message.at()));
            return;
        }
        String editedText = editedBeforeRecorded.contains(messageId) ? texts.get(messageId) : null;
        apply(new ChatMessageRecorded(message.incidentId(), ref, messageId, message.threadId(), text, message.by(), message.at()));
        if (editedText != null && !editedText.equals(text)) {
            apply(new ChatMessageEdited(message.incidentId(), ref, messageId, text, editedText, message.by(), message.at()));
        }
    }

    /** An edit of a message not recorded yet is recorded too: the message, when it arrives, takes its text. */
    @CommandHandler
    void handle(EditChatMessage command) {
        requireNotClosed(ref, closed);
        requireNotDeleted(command.messageId());
        String previous = texts.get(command.messageId());
        String text = ChatText.bounded(command.text());
        if (previous != null && previous.equals(text)) {
            throw new CommandRefused("Message " + command.messageId() + " already says that.");
        }
        apply(new ChatMessageEdited(command.incidentId(), ref, command.messageId(), previous, text, command.by(), command.at()));
    }

    /** A delete of a message not recorded yet is recorded too, so the message, when it arrives, is recorded as deleted. */
    @CommandHandler
    void handle(DeleteChatMessage command) {
        requireNotClosed(ref, closed);
        requireNotDeleted(command.messageId());
        apply(new ChatMessageDeleted(command.incidentId(), ref, command.messageId(), texts.get(command.messageId()),
                command.by(), command.at()));
    }

    @CommandHandler
    void handle(PinMessage command) {
        requireNotClosed(ref, closed);
        requirePinned(command.messageId(), false);
        String recordedText = texts.get(command.messageId());
        String text = recordedText != null ? recordedText : ChatText.bounded(command.text());
        apply(new MessagePinned(command.incidentId(), ref, command.messageId(), text, command.messageAt(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(UnpinMessage command) {
        requireNotClosed(ref, closed);
        requirePinned(command.messageId(), true);
        apply(new MessageUnpinned(command.incidentId(), ref, command.messageId(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(AddReaction command) {
        requireNotClosed(ref, closed);
        apply(new ReactionAdded(command.incidentId(), ref, command.messageId(), command.emoji(), texts.get(command.messageId()),
                command.by(), command.at()));
    }

    /** Allowed after close too: a pasted secret must be erasable whenever it is found. */
    @CommandHandler
    void handle(RedactChatText command) {
        String messageId = command.messageId();
        if (messageId == null && texts.isEmpty() && deleted.isEmpty()) {
            throw new CommandRefused(ref + " has no chat to redact.");
        }
        if (messageId != null && !texts.containsKey(messageId) && !deleted.contains(messageId)) {
            throw new CommandRefused("Message " + messageId + " is not in " + ref + "'s record.");
        }
        if (messageId != null && redacted.contains(messageId)) {
            throw new CommandRefused("Message " + messageId + " is already redacted.");
        }
        apply(new ChatTextRedacted(command.incidentId(), ref, messageId, command.reason(), command.by(), command.at()));
    }

    private void requireNotDeleted(String messageId) {
        if (deleted.contains(messageId)) {
            throw new CommandRefused("Message " + messageId + " was deleted.");
        }
    }

    private void requirePinned(String messageId, boolean expected) {
        if (pinned.contains(messageId) != expected) {
            throw new CommandRefused("Message " + messageId + (expected ? " is not pinned." : " is already pinned."));
        }
    }

    @EventSourcingHandler
    void on(IncidentDeclared event) {
        ref = event.ref();
    }

    @EventSourcingHandler
    void on(IncidentStatusChanged event) {
        closed = event.to() == IncidentStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(IncidentReopened event) {
        closed = false;
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

    // the aggregate's own copy of the texts (and so its snapshots) reads as the views do from now on
    @EventSourcingHandler
    void on(ChatTextRedacted event) {
        if (event.allMessages()) {
            texts.replaceAll((messageId, text) -> text == null ? null : event.marker());
            redacted.addAll(texts.keySet());
            redacted.addAll(deleted);
        } else {
            texts.computeIfPresent(event.messageId(), (messageId, text) -> event.marker());
            redacted.add(event.messageId());
        }
    }

    @EventSourcingHandler
    void on(MessageUnpinned event) {
        pinned.remove(event.messageId());
    }
}
