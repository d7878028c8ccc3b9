package io.incidentledger.status.html;

import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.statuspage.ComponentHealth;
import io.incidentledger.status.statuspage.PageIndicator;
import java.util.List;

/** The page's colour in one word, which the header and the badges share: red, orange or green. */
public enum PageTone {
    OPERATIONAL, DEGRADED, OUTAGE;

    public static PageTone of(StatusPageProperties page, List<IncidentView> open) {
        String indicator = PageIndicator.of(open).indicator();
        if (indicator.equals("major") || indicator.equals("critical")) {
            return OUTAGE;
        }
        boolean degraded = page.components().stream()
                .anyMatch(component -> !"operational".equals(ComponentHealth.worst(component, open).wireName()));
        return open.isEmpty() && !degraded ? OPERATIONAL : DEGRADED;
    }

    /** The CSS class and the key suffix of its texts. */
    public String cssClass() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
