package io.incidentledger.status.badge;

import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.components.ComponentBoard;
import io.incidentledger.status.html.PageTone;
import io.incidentledger.status.text.PageTexts;
import java.util.List;
import java.util.Optional;

/** The page's badge and each component's, in the page's colours (white text on them meets WCAG AA). */
public final class StatusBadges {

    static final String GREEN = "#1e7b34";
    static final String ORANGE = "#9a4a00";
    static final String RED = "#b3261e";
    static final String BLUE = "#0b57d0";

    private StatusBadges() {
    }

    public static StatusBadge page(ComponentBoard board, List<IncidentView> open, PageTexts texts) {
        PageTone tone = PageTone.of(board, open);
        return new StatusBadge(texts.text("badge.label"), texts.text("badge." + tone.cssClass()), switch (tone) {
            case OPERATIONAL -> GREEN;
            case DEGRADED -> ORANGE;
            case OUTAGE -> RED;
        });
    }

    /** The badge of the component or group whose Statuspage id this is; none for an id the page does not list. */
    public static Optional<StatusBadge> component(ComponentBoard board, String id, PageTexts texts) {
        return board.flat().stream().filter(entry -> entry.id().equals(id)).findFirst()
                .map(entry -> new StatusBadge(entry.name(), texts.text("component." + entry.status().wireName()),
                        colour(entry.status())));
    }

    static String colour(ComponentStatus status) {
        return switch (status) {
            case OPERATIONAL -> GREEN;
            case DEGRADED_PERFORMANCE -> ORANGE;
            case UNDER_MAINTENANCE -> BLUE;
            case PARTIAL_OUTAGE, MAJOR_OUTAGE -> RED;
        };
    }
}
