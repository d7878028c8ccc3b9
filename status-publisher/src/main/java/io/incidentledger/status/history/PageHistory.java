package io.incidentledger.status.history;

import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.history.HistoryPosition;
import io.incidentledger.api.history.LedgerHistory;
import io.incidentledger.projections.status.IncidentProjector;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.names.DisplayNames;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The page as it was at any instant, folded from the ledger's one reader with the same {@link IncidentProjector}
 * the live view uses, so the past and the present can never disagree. That reader starts every incident at
 * sequence 0: the event store's own {@code readEvents} starts at the latest snapshot, and an incident with one
 * would never look declared. Through {@link PageIndex}, only the incidents an output at that instant shows are read,
 * each as its last checkpoint before it: no event is folded. Names are then the ones learnt so far, which only ever
 * name more mentions than the events up to then.
 */
@Component
public class PageHistory {

    private final LedgerHistory ledger;
    private final PageIndex index;
    private final DisplayNames names;

    PageHistory(LedgerHistory ledger, PageIndex index, DisplayNames names) {
        this.ledger = ledger;
        this.index = index;
        this.names = names;
    }

    public record State(List<IncidentView> incidents, Map<String, String> names) {
    }

    /** What an output of that selection shows at {@code at}: through the index once it holds every event to then. */
    public State asOf(Instant at, Shown shown) {
        return index.complete(at) ? throughIndex(at, shown) : foldedFromEveryEvent(at);
    }

    /** Through the index, which must hold every event stored up to {@code at} ({@link #indexComplete}). */
    public State throughIndex(Instant at, Shown shown) {
        return new State(index.shownAt(shown, at).stream().map(PageIndex.Row::view).toList(), names.all());
    }

    /** Whether {@link #asOf} reads through the index at that instant: its processor has handled every event to it. */
    public boolean indexComplete(Instant at) {
        return index.complete(at);
    }

    /** The page at an instant from every event stored: the reference the index is checked against. */
    public State foldedFromEveryEvent(Instant at) {
        Map<IncidentId, IncidentView> views = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        ledger.read(HistoryPosition.START, event -> {
            if (!event.recordedAt().isAfter(at)) {
                views.compute(event.incidentId(), (id, view) -> IncidentProjector.apply(view, event));
                names.put(event.event().by().user().id(), event.event().by().user().name());
            }
        });
        views.values().removeIf(Objects::isNull);
        return new State(List.copyOf(views.values()), names);
    }

    /** One incident as it stood right after the given event: what a notification about that event describes. */
    public IncidentView incidentAt(IncidentId incidentId, long sequence) {
        IncidentView[] view = {null};
        ledger.readIncident(incidentId.value(), event -> {
            if (event.sequence() <= sequence) {
                view[0] = IncidentProjector.apply(view[0], event);
            }
        });
        return view[0];
    }
}
