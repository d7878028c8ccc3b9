package io.incidentledger.core.domain;

import static io.incidentledger.core.domain.IncidentRules.requireNotClosed;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.incidentledger.api.command.*;
import io.incidentledger.api.event.*;
import io.incidentledger.api.history.LedgerHistory;
import io.incidentledger.api.id.ChatText;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * What was said in the incident's channels, an entity of {@link Incident} with its own commands: the latest text of
 * each message, deletions and pins. A change can arrive before its message (the message's delivery timed out and is
 * retried): it is recorded at once, and the message, once it arrives, is recorded with that change applied, so
 * neither is lost and a deleted message never shows as live. Its snapshots hold which messages have a text, not the
 * texts (a long incident's chat would make every load decode them): a text not seen since the snapshot is read back
 * from the ledger the first time a command needs it (an edit, delete, pin or reaction of an old message).
 */
class ChatRecord {

    // an entity cannot read its root: the reference and the closed state every refusal needs are folded here too
    private IncidentRef ref;
    private boolean closed;
    /** Texts held at once: a cached incident lives on, and a text not held is read back when a command needs it. */
    static final int TEXTS_HELD = 500;
    // transient: left out of snapshots; after one it holds only the texts of the events since, the latest used
    private final transient Map<String, String> texts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > TEXTS_HELD;
        }
    };
    private final HashSet<String> withText = new HashSet<>();
    private final HashSet<String> recorded = new HashSet<>();
    private final HashSet<String> editedBeforeRecorded = new HashSet<>();
    private final HashSet<String> deleted = new HashSet<>();
    private final HashSet<String> pinned = new HashSet<>();
    private final HashSet<String> redacted = new HashSet<>();

    @CommandHandler
    void handle(RecordChatMessage command, LedgerHistory history) {
        requireNotClosed(ref, closed);
        if (recorded.contains(command.messageId())) {
            throw new CommandRefused("Message " + command.messageId() + " is already in the record.");
        }
        record(command, history);
    }

    @CommandHandler
    int handle(RecordChatMessages batch, LedgerHistory history) {
        requireNotClosed(ref, closed);
        int count = 0;
        for (RecordChatMessage message : batch.messages()) {
            // applied at once on a loaded incident, so a message twice in one batch is also recorded once
            if (!recorded.contains(message.messageId())) {
                record(message, history);
                count++;
            }
        }
        return count;
    }

    // a delete or an edit that came first applies to the message now; a deleted message is never recorded as live
    private void record(RecordChatMessage message, LedgerHistory history) {
        String messageId = message.messageId();
        String text = ChatText.bounded(message.text());
        if (deleted.contains(messageId)) {
            // never null here: a deletion with its text is what marks the message as recorded
            apply(new ChatMessageDeleted(message.incidentId(), ref, messageId, text == null ? "" : text, message.by(), message.at()));
            return;
        }
        String editedText = editedBeforeRecorded.contains(messageId) ? textOf(messageId, message.incidentId(), history) : null;
        apply(new ChatMessageRecorded(message.incidentId(), ref, messageId, message.threadId(), text, message.by(), message.at()));
        if (editedText != null && !editedText.equals(text)) {
            apply(new ChatMessageEdited(message.incidentId(), ref, messageId, text, editedText, message.by(), message.at()));
        }
    }

    /** An edit of a message not recorded yet is recorded too: the message, when it arrives, takes its text. */
    @CommandHandler
    void handle(EditChatMessage command, LedgerHistory history) {
        requireNotClosed(ref, closed);
        requireNotDeleted(command.messageId());
        String previous = textOf(command.messageId(), command.incidentId(), history);
        String text = ChatText.bounded(command.text());
        if (previous != null && previous.equals(text)) {
            throw new CommandRefused("Message " + command.messageId() + " already says that.");
        }
        apply(new ChatMessageEdited(command.incidentId(), ref, command.messageId(), previous, text, command.by(), command.at()));
    }

    /** A delete of a message not recorded yet is recorded too, so the message, when it arrives, is recorded as deleted. */
    @CommandHandler
    void handle(DeleteChatMessage command, LedgerHistory history) {
        requireNotClosed(ref, closed);
        requireNotDeleted(command.messageId());
        apply(new ChatMessageDeleted(command.incidentId(), ref, command.messageId(), textOf(command.messageId(), command.incidentId(), history),
                command.by(), command.at()));
    }

    @CommandHandler
    void handle(PinMessage command, LedgerHistory history) {
        requireNotClosed(ref, closed);
        requirePinned(command.messageId(), false);
        String recordedText = textOf(command.messageId(), command.incidentId(), history);
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
    void handle(AddReaction command, LedgerHistory history) {
        requireNotClosed(ref, closed);
        apply(new ReactionAdded(command.incidentId(), ref, command.messageId(), command.emoji(),
                textOf(command.messageId(), command.incidentId(), history),
                command.by(), command.at()));
    }

    /** Allowed after close too: a pasted secret must be erasable whenever it is found. */
    @CommandHandler
    void handle(RedactChatText command) {
        String messageId = command.messageId();
        if (messageId == null && withText.isEmpty() && deleted.isEmpty()) {
            throw new CommandRefused(ref + " has no chat to redact.");
        }
        if (messageId != null && !withText.contains(messageId) && !deleted.contains(messageId)) {
            throw new CommandRefused("Message " + messageId + " is not in " + ref + "'s record.");
        }
        if (messageId != null && redacted.contains(messageId)) {
            throw new CommandRefused("Message " + messageId + " is already redacted.");
        }
        apply(new ChatTextRedacted(command.incidentId(), ref, messageId, command.reason(), command.by(), command.at()));
    }

    /** The message's latest text; one not held (from before the snapshot, or let go of) is read back once. */
    private String textOf(String messageId, IncidentId incident, LedgerHistory history) {
        if (!texts.containsKey(messageId) && withText.contains(messageId)) {
            ChatRecord past = new ChatRecord();
            history.readIncident(incident.value(), event -> past.fold(event.event(), messageId));
            texts.put(messageId, past.texts.get(messageId));
        }
        return texts.get(messageId);
    }

    // the sourcing handlers that keep the texts, for a record read back from the ledger: this message's events only
    private void fold(IncidentEvent event, String messageId) {
        if (event instanceof ChatMessageRecorded recordedEvent && messageId.equals(recordedEvent.messageId())) {
            on(recordedEvent);
        } else if (event instanceof ChatMessageEdited edited && messageId.equals(edited.messageId())) {
            on(edited);
        } else if (event instanceof MessagePinned pinnedEvent && messageId.equals(pinnedEvent.messageId())) {
            on(pinnedEvent);
        } else if (event instanceof ChatTextRedacted redaction) {
            on(redaction);
        }
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
        keep(event.messageId(), event.text());
    }

    @EventSourcingHandler
    void on(ChatMessageEdited event) {
        keep(event.messageId(), event.text());
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
        // a known text not loaded since the snapshot stays unloaded: reading it back folds this event too
        boolean known = !withText.add(event.messageId());
        if (!known || texts.containsKey(event.messageId())) {
            texts.putIfAbsent(event.messageId(), event.text());
        }
    }

    private void keep(String messageId, String text) {
        texts.put(messageId, text);
        withText.add(messageId);
    }

    // the aggregate's own copy of the texts (and so its snapshots) reads as the views do from now on
    @EventSourcingHandler
    void on(ChatTextRedacted event) {
        if (event.allMessages()) {
            texts.replaceAll((messageId, text) -> text == null ? null : event.marker());
            redacted.addAll(withText);
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
