package io.incidentledger.projections.testdata;

import io.incidentledger.api.event.*;
import io.incidentledger.api.id.*;
import java.time.Instant;

/** Builds one incident's ledger events in order, numbering their sequence as the event store does. */
public final class ScriptedIncident {

    public static final ChatOrigin ADA = new ChatOrigin(Platform.SLACK, "C1", new ChatUser("U1", "ada"));
    public static final ChatOrigin BOB = new ChatOrigin(Platform.TEAMS, "C2", new ChatUser("U2", "bob"));

    private final IncidentId id = IncidentId.random();
    private final IncidentRef ref;
    private long sequence;

    public ScriptedIncident(long number) {
        this.ref = new IncidentRef(number);
    }

    public IncidentId id() {
        return id;
    }

    public String key() {
        return id.value();
    }

    public LedgerEvent declared(String title, Severity severity, Instant at) {
        return next(new IncidentDeclared(id, ref, title, severity, ADA, at));
    }

    public LedgerEvent leadAssigned(ChatOrigin lead, Instant at) {
        return next(new RoleAssigned(id, ref, IncidentRole.LEAD, lead.user(), null, ADA, at));
    }

    public LedgerEvent status(IncidentStatus from, IncidentStatus to, String message, ChatOrigin by, Instant at) {
        return next(new IncidentStatusChanged(id, ref, from, to, message, by, at));
    }

    public LedgerEvent note(String text, ChatOrigin by, Instant at) {
        return next(new InternalNoteAdded(id, ref, text, by, at));
    }

    public LedgerEvent message(String messageId, String text, ChatOrigin by, Instant at) {
        return next(new ChatMessageRecorded(id, ref, messageId, null, text, by, at));
    }

    public LedgerEvent edited(String messageId, String before, String after, ChatOrigin by, Instant at) {
        return next(new ChatMessageEdited(id, ref, messageId, before, after, by, at));
    }

    public LedgerEvent deleted(String messageId, String before, ChatOrigin by, Instant at) {
        return next(new ChatMessageDeleted(id, ref, messageId, before, by, at));
    }

    public LedgerEvent pinned(String messageId, String text, Instant messageAt, ChatOrigin by, Instant at) {
        return next(new MessagePinned(id, ref, messageId, text, messageAt, by, at));
    }

    public LedgerEvent unpinned(String messageId, ChatOrigin by, Instant at) {
        return next(new MessageUnpinned(id, ref, messageId, by, at));
    }

    public LedgerEvent reacted(String messageId, String emoji, ChatOrigin by, Instant at) {
        return next(new ReactionAdded(id, ref, messageId, emoji, null, by, at));
    }

    public LedgerEvent reacted(String messageId, String emoji, String text, ChatOrigin by, Instant at) {
        return next(new ReactionAdded(id, ref, messageId, emoji, text, by, at));
    }

    /** {@code messageId} null: all of the incident's chat. */
    public LedgerEvent redacted(String messageId, String reason, ChatOrigin by, Instant at) {
        return next(new ChatTextRedacted(id, ref, messageId, reason, by, at));
    }

    public LedgerEvent action(int number, String text, ChatOrigin by, Instant at) {
        return next(new FollowUpActionAdded(id, ref, number, text, by, at));
    }

    public LedgerEvent severity(Severity from, Severity to, ChatOrigin by, Instant at) {
        return next(new SeverityChanged(id, ref, from, to, by, at));
    }

    public LedgerEvent component(String name, ComponentStatus from, ComponentStatus to, Instant at) {
        return next(new ComponentStatusChanged(id, ref, name, from, to, ADA, at));
    }

    public LedgerEvent reopened(String reason, Instant at) {
        return next(new IncidentReopened(id, ref, IncidentStatus.RESOLVED, reason, ADA, at));
    }

    private LedgerEvent next(IncidentEvent event) {
        long seq = sequence++;
        return new LedgerEvent(id.value() + "-" + seq, id, seq, event.at(), event);
    }
}
