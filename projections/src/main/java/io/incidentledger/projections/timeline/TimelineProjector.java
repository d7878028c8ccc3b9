package io.incidentledger.projections.timeline;

import io.incidentledger.api.event.LedgerEvent;
import java.util.function.Consumer;

/**
 * Folds one incident's ledger events into its {@link IncidentTimeline}. Pure, so the reader, the tests and a fresh
 * fold share it; the rules themselves are in {@link TimelineFold}.
 */
public final class TimelineProjector {

    static final String MESSAGE = "chat_message_recorded";
    static final String PIN = "message_pinned";
    static final String EDIT = "chat_message_edited";
    static final String DELETE = "chat_message_deleted";
    static final String REACTION = "reaction_added";

    private TimelineProjector() {
    }

    public static IncidentTimeline apply(IncidentTimeline timeline, LedgerEvent ledgerEvent) {
        var fold = new TimelineFold(timeline);
        fold.apply(ledgerEvent);
        return fold.result();
    }

    /** Folds every event {@code events} hands out onto {@code timeline} (null: none yet), copying its entries once. */
    public static IncidentTimeline foldAll(IncidentTimeline timeline, Consumer<Consumer<LedgerEvent>> events) {
        var fold = new TimelineFold(timeline);
        events.accept(fold::apply);
        return fold.result();
    }
}
