package io.incidentledger.status.statuspage;

import io.incidentledger.projections.status.IncidentView;
import java.util.List;

/** Statuspage's page-level {@code status}: the worst impact among unresolved incidents. */
public record PageIndicator(String indicator, String description) {

    private static final List<String> ORDER = List.of("none", "minor", "major", "critical");

    public static PageIndicator of(List<IncidentView> unresolved) {
        String worst = unresolved.stream().map(IncidentView::impact)
                .max((a, b) -> Integer.compare(ORDER.indexOf(a), ORDER.indexOf(b))).orElse("none");
        return new PageIndicator(worst, switch (worst) {
            case "critical" -> "Major System Outage";
            case "major" -> "Partial System Outage";
            case "minor" -> "Minor Service Outage";
            default -> unresolved.isEmpty() ? "All Systems Operational" : "Service Under Investigation";
        });
    }
}
