package io.incidentledger.projections.timeline;

import io.incidentledger.api.event.*;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.projections.flightrecorder.EventTexts;
import io.incidentledger.projections.flightrecorder.FlightRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Folds one incident's ledger events into its {@link IncidentTimeline}. Pure, so topology and replay share it. */
public final class TimelineProjector {

    static final String MESSAGE = "chat_message_recorded";
    static final String PIN = "message_pinned";
    static final String EDIT = "chat_message_edited";
    static final String DELETE = "chat_message_deleted";
    static final String REACTION = "reaction_added";
    private static final Comparator<TimelineEntry> WHEN_IT_HAPPENED =
            Comparator.comparing(TimelineEntry::occurredAt).thenComparingLong(TimelineEntry::sequence);

    private TimelineProjector() {
    }

    public static IncidentTimeline apply(IncidentTimeline timeline, LedgerEvent ledgerEvent) {
        IncidentEvent event = ledgerEvent.event();
        if (event instanceof IncidentDeclared e) {
            return timeline != null ? timeline : new IncidentTimeline(e.incidentId(), e.ref(), e.title(), e.severity(),
                    IncidentStatus.INVESTIGATING, null, null, e.at(), List.of(entry(ledgerEvent, e.at(), null)),
                    List.of(), ledgerEvent.sequence());
        }
        if (timeline == null || ledgerEvent.sequence() <= timeline.lastSequence()) {
            return timeline;
        }
        var facts = new TimelineFacts(timeline);
        List<TimelineEntry> entries = new ArrayList<>(timeline.entries());
        if (event instanceof ChatMessageEdited e) {
            if (!replaceMessage(entries, e.messageId(), m -> m.edited(e.text()))) {
                insertInOrder(entries, entry(ledgerEvent, e.at(), e.messageId()).withEarlierText(e.previousText()));
            }
        } else if (event instanceof ChatMessageDeleted e) {
            if (!replaceMessage(entries, e.messageId(), TimelineEntry::markedDeleted)) {
                deletedBeforeRecorded(entries, ledgerEvent, e);
            }
        } else if (event instanceof MessagePinned e) {
            entries.removeIf(old -> old.kind().equals(PIN) && e.messageId().equals(old.messageId()));
            insertInOrder(entries, entry(ledgerEvent, e.messageAt() == null ? e.at() : e.messageAt(), e.messageId()));
        } else if (event instanceof ChatTextRedacted e) {
            entries.replaceAll(old -> Redactions.covers(e, old) ? Redactions.redacted(old, e.marker()) : old);
            facts.apply(event);
            insertInOrder(entries, entry(ledgerEvent, e.at(), null));
        } else if (event instanceof MessageUnpinned e) {
            entries.removeIf(old -> old.kind().equals(PIN) && e.messageId().equals(old.messageId()));
        } else {
            facts.apply(event);
            TimelineEntry added = entry(ledgerEvent, event.at(), messageIdOf(event));
            if (event instanceof ChatMessageRecorded e && e.messageId() != null) {
                removeEarlyChanges(entries, e.messageId());
                insertInOrder(entries, added);
                pinsBehind(entries, added);
            } else {
                insertInOrder(entries, added);
            }
        }
        return facts.toTimeline(entries, ledgerEvent.sequence());
    }

    /**
     * A delete whose message is not recorded: without a text it came first, and shows as a line of its own until the
     * message arrives; with one, it is that late message, recorded as deleted by the ledger, and takes that line's place.
     */
    private static void deletedBeforeRecorded(List<TimelineEntry> entries, LedgerEvent ledgerEvent, ChatMessageDeleted e) {
        if (e.previousText() == null) {
            insertInOrder(entries, entry(ledgerEvent, e.at(), e.messageId()).withText(null).markedDeleted());
            return;
        }
        removeEarlyChanges(entries, e.messageId());
        insertInOrder(entries, entry(ledgerEvent, e.at(), e.messageId()).asKind(MESSAGE).withText(e.previousText())
                .markedDeleted());
    }

    // a pin that came before its message sits at the message's time but reads after it, as it does in order
    private static void pinsBehind(List<TimelineEntry> entries, TimelineEntry message) {
        List<TimelineEntry> early = entries.stream().filter(old -> old.kind().equals(PIN)
                && message.messageId().equals(old.messageId()) && WHEN_IT_HAPPENED.compare(old, message) < 0).toList();
        entries.removeAll(early);
        early.forEach(pin -> insertInOrder(entries, pin.atSequence(message.sequence())));
    }

    // an edit or delete that came before its message stood in for it; the message itself now carries the change
    private static void removeEarlyChanges(List<TimelineEntry> entries, String messageId) {
        entries.removeIf(old -> (old.kind().equals(EDIT) || old.kind().equals(DELETE))
                && messageId.equals(old.messageId()));
    }

    // entries stay in order (a replaced message keeps its time and sequence), so one binary search replaces a sort
    private static void insertInOrder(List<TimelineEntry> entries, TimelineEntry entry) {
        int at = Collections.binarySearch(entries, entry, WHEN_IT_HAPPENED);
        at = at < 0 ? -at - 1 : at;
        while (at < entries.size() && WHEN_IT_HAPPENED.compare(entries.get(at), entry) <= 0) {
            at++;
        }
        entries.add(at, entry);
    }

    private static boolean replaceMessage(List<TimelineEntry> entries, String messageId, UnaryOperator<TimelineEntry> change) {
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry entry = entries.get(i);
            if (entry.kind().equals(MESSAGE) && messageId.equals(entry.messageId())) {
                entries.set(i, change.apply(entry));
                return true;
            }
        }
        return false;
    }

    private static String messageIdOf(IncidentEvent event) {
        return event instanceof ChatMessageRecorded e ? e.messageId()
                : event instanceof ReactionAdded e ? e.messageId() : null;
    }

    private static TimelineEntry entry(LedgerEvent ledgerEvent, Instant occurredAt, String messageId) {
        IncidentEvent e = ledgerEvent.event();
        return new TimelineEntry(ledgerEvent.eventId(), ledgerEvent.sequence(), occurredAt, FlightRecords.kindOf(e),
                e.by().user().id(), e.by().user().name(), e.by().platform().name().toLowerCase(Locale.ROOT),
                e.by().channelId(), EventTexts.describe(e), messageId, List.of(), false);
    }
}
