package io.incidentledger.status.badge;

import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.html.PageTone;
import io.incidentledger.status.statuspage.ComponentHealth;
import io.incidentledger.status.statuspage.StatuspageMapper;
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

    public static StatusBadge page(StatusPageProperties page, List<IncidentView> open, PageTexts texts) {
        PageTone tone = PageTone.of(page, open);
        return new StatusBadge(texts.text("badge.label"), texts.text("badge." + tone.cssClass()), switch (tone) {
            case OPERATIONAL -> GREEN;
            case DEGRADED -> ORANGE;
            case OUTAGE -> RED;
        });
    }

    /** The badge of the component whose Statuspage id this is; none for an id the page does not list. */
    public static Optional<StatusBadge> component(StatusPageProperties page, String id, List<IncidentView> open,
                                                  PageTexts texts) {
        return page.components().stream().filter(name -> StatuspageMapper.componentId(name).equals(id)).findFirst()
                .map(name -> {
                    ComponentStatus status = ComponentHealth.worst(name, open);
                    return new StatusBadge(name, texts.text("component." + status.wireName()),
                            colour(status));
                });
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
