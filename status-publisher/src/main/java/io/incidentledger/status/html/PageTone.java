package io.incidentledger.status.html;

import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.components.ComponentBoard;
import io.incidentledger.status.statuspage.PageIndicator;
import java.util.List;

/** The page's colour in one word, which the header and the badges share: red, orange or green. */
public enum PageTone {
    OPERATIONAL, DEGRADED, OUTAGE;

    /** Only public components count: a hidden one's trouble does not colour the page. */
    public static PageTone of(ComponentBoard board, List<IncidentView> open) {
        String indicator = PageIndicator.of(open).indicator();
        if (indicator.equals("major") || indicator.equals("critical")) {
            return OUTAGE;
        }
        return open.isEmpty() && !board.anyNotOperational() ? OPERATIONAL : DEGRADED;
    }

    /** The CSS class and the key suffix of its texts. */
    public String cssClass() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
