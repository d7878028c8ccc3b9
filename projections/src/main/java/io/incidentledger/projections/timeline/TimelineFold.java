package io.incidentledger.projections.timeline;

import static io.incidentledger.projections.timeline.TimelineProjector.DELETE;
import static io.incidentledger.projections.timeline.TimelineProjector.EDIT;
import static io.incidentledger.projections.timeline.TimelineProjector.MESSAGE;
import static io.incidentledger.projections.timeline.TimelineProjector.PIN;

import io.incidentledger.api.event.*;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.projections.flightrecorder.EventTexts;
import io.incidentledger.projections.flightrecorder.FlightRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One timeline being folded, mutable until {@link #result()}: a run of events costs one copy of the entries, not one
 * per event. The message ids that have a pin or a stand-in line are kept, so a chat message (most events) looks for
 * lines to move or drop only when there are some.
 */
final class TimelineFold {

    private static final Comparator<TimelineEntry> WHEN_IT_HAPPENED =
            Comparator.comparing(TimelineEntry::occurredAt).thenComparingLong(TimelineEntry::sequence);

    private IncidentTimeline base;
    private TimelineFacts facts;
    private List<TimelineEntry> entries;
    private final Set<String> pinned = new HashSet<>();
    private final Set<String> standIns = new HashSet<>();
    private long lastSequence;

    TimelineFold(IncidentTimeline start) {
        this.base = start;
    }

    void apply(LedgerEvent ledgerEvent) {
        IncidentEvent event = ledgerEvent.event();
        if (event instanceof IncidentDeclared e) {
            if (base == null) {
                base = new IncidentTimeline(e.incidentId(), e.ref(), e.title(), e.severity(), IncidentStatus.INVESTIGATING,
                        null, null, e.at(), List.of(entry(ledgerEvent, e.at(), null)), List.of(), ledgerEvent.sequence());
            }
            return;
        }
        if (base == null || ledgerEvent.sequence() <= (entries == null ? base.lastSequence() : lastSequence)) {
            return;
        }
        open();
        lastSequence = ledgerEvent.sequence();
        if (event instanceof ChatMessageEdited e) {
            if (!replaceMessage(e.messageId(), m -> m.edited(e.text()))) {
                insert(entry(ledgerEvent, e.at(), e.messageId()).withEarlierText(e.previousText()));
            }
        } else if (event instanceof ChatMessageDeleted e) {
            if (!replaceMessage(e.messageId(), TimelineEntry::markedDeleted)) {
                deletedBeforeRecorded(ledgerEvent, e);
            }
        } else if (event instanceof MessagePinned e) {
            unpin(e.messageId());
            insert(entry(ledgerEvent, e.messageAt() == null ? e.at() : e.messageAt(), e.messageId()));
        } else if (event instanceof ChatTextRedacted e) {
            entries.replaceAll(old -> Redactions.covers(e, old) ? Redactions.redacted(old, e.marker()) : old);
            facts.apply(event);
            insert(entry(ledgerEvent, e.at(), null));
        } else if (event instanceof MessageUnpinned e) {
            unpin(e.messageId());
        } else {
            facts.apply(event);
            TimelineEntry added = entry(ledgerEvent, event.at(), messageIdOf(event));
            if (event instanceof ChatMessageRecorded e && e.messageId() != null) {
                removeEarlyChanges(e.messageId());
                insert(added);
                pinsBehind(added);
            } else {
                insert(added);
            }
        }
    }

    /** The timeline now: the very one it started from when no event changed it. */
    IncidentTimeline result() {
        return entries == null ? base : facts.toTimeline(entries, lastSequence);
    }

    // the first event that changes the timeline copies its entries, once
    private void open() {
        if (entries != null) {
            return;
        }
        facts = new TimelineFacts(base);
        entries = new ArrayList<>(base.entries());
        lastSequence = base.lastSequence();
        for (TimelineEntry entry : entries) {
            noteIds(entry);
        }
    }

    /**
     * A delete whose message is not recorded: without a text it came first, and shows as a line of its own until the
     * message arrives; with one, it is that late message, recorded as deleted by the ledger, and takes that line's place.
     */
    private void deletedBeforeRecorded(LedgerEvent ledgerEvent, ChatMessageDeleted e) {
        if (e.previousText() == null) {
            insert(entry(ledgerEvent, e.at(), e.messageId()).withText(null).markedDeleted());
            return;
        }
        removeEarlyChanges(e.messageId());
        insert(entry(ledgerEvent, e.at(), e.messageId()).asKind(MESSAGE).withText(e.previousText()).markedDeleted());
    }

    // a pin that came before its message sits at the message's time but reads after it, as it does in order
    private void pinsBehind(TimelineEntry message) {
        if (!pinned.contains(message.messageId())) {
            return;
        }
        List<TimelineEntry> early = entries.stream().filter(old -> old.kind().equals(PIN)
                && message.messageId().equals(old.messageId()) && WHEN_IT_HAPPENED.compare(old, message) < 0).toList();
        entries.removeAll(early);
        early.forEach(pin -> insert(pin.atSequence(message.sequence())));
    }

    // an edit or delete that came before its message stood in for it; the message itself now carries the change
    private void removeEarlyChanges(String messageId) {
        if (standIns.remove(messageId)) {
            entries.removeIf(old -> (old.kind().equals(EDIT) || old.kind().equals(DELETE))
                    && messageId.equals(old.messageId()));
        }
    }

    private void unpin(String messageId) {
        if (pinned.remove(messageId)) {
            entries.removeIf(old -> old.kind().equals(PIN) && messageId.equals(old.messageId()));
        }
    }

    // entries stay in order (a replaced message keeps its time and sequence), so one binary search replaces a sort
    private void insert(TimelineEntry entry) {
        int at = Collections.binarySearch(entries, entry, WHEN_IT_HAPPENED);
        at = at < 0 ? -at - 1 : at;
        while (at < entries.size() && WHEN_IT_HAPPENED.compare(entries.get(at), entry) <= 0) {
            at++;
        }
        entries.add(at, entry);
        noteIds(entry);
    }

    private void noteIds(TimelineEntry entry) {
        if (entry.messageId() == null) {
            return;
        }
        if (entry.kind().equals(PIN)) {
            pinned.add(entry.messageId());
        } else if (entry.kind().equals(EDIT) || entry.kind().equals(DELETE)) {
            standIns.add(entry.messageId());
        }
    }

    private boolean replaceMessage(String messageId, UnaryOperator<TimelineEntry> change) {
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
