package io.incidentledger.status;

import io.incidentledger.projections.status.IncidentView;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Everything one rendering of the page needs: the incidents newest first, the moment shown ({@code asOf} is
 * null for the live page, else the historical instant), and display names for chat mentions.
 */
public record StatusSnapshot(List<IncidentView> incidents, Instant now, Instant asOf, Map<String, String> names) {

    public StatusSnapshot {
        incidents = incidents.stream().sorted(IncidentView.NEWEST_FIRST).toList();
        names = Map.copyOf(names);
    }

    public static StatusSnapshot live(List<IncidentView> incidents, Instant now, Map<String, String> names) {
        return new StatusSnapshot(incidents, now, null, names);
    }

    public boolean historical() {
        return asOf != null;
    }

    /** The moment the page describes: "now" for the live page. */
    public Instant moment() {
        return asOf == null ? now : asOf;
    }

    public List<IncidentView> unresolved() {
        return incidents.stream().filter(IncidentView::unresolved).toList();
    }

    /**
     * Newest change shown; the page's {@code updated_at} and the HTTP {@code Last-Modified}. A page without any
     * incident has no such change, so it is as fresh as the moment it shows.
     */
    public Instant lastChange() {
        return incidents.stream().map(IncidentView::updatedAt).max(Comparator.naturalOrder()).orElse(moment());
    }
}
