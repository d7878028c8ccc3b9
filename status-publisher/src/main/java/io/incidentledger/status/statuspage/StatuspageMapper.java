package io.incidentledger.status.statuspage;

import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.projections.status.IncidentUpdateView;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.StatusPageProperties;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** Maps the status model to Statuspage v2 shapes. Updates are listed newest first, as Statuspage does. */
public final class StatuspageMapper {

    static final int LATEST = 50;

    private StatuspageMapper() {
    }

    public static StatuspageSummary summary(StatusPageProperties page, List<IncidentView> incidents, Instant now) {
        List<IncidentView> unresolved = incidents.stream().filter(IncidentView::unresolved).toList();
        Instant updatedAt = incidents.stream().map(IncidentView::updatedAt).max(Comparator.naturalOrder()).orElse(now);
        var components = IntStream.range(0, page.components().size()).mapToObj(i -> new StatuspageComponent(
                componentId(page.components().get(i)), page.components().get(i),
                ComponentHealth.worst(page.components().get(i), unresolved).wireName(), i + 1, updatedAt)).toList();
        return new StatuspageSummary(
                new StatuspagePage(page.id(), page.name(), page.url(), "Etc/UTC", updatedAt),
                PageIndicator.of(unresolved), components,
                unresolved.stream().map(view -> incident(page, view)).toList(), List.of());
    }

    public static StatuspageIncident incident(StatusPageProperties page, IncidentView view) {
        var updates = view.updates().stream()
                .sorted(Comparator.comparing(IncidentUpdateView::createdAt).reversed())
                .map(update -> new StatuspageIncidentUpdate(update.id(), wireStatus(update.status()), update.body(),
                        view.incidentId().value(), update.createdAt(), update.createdAt(), update.createdAt(), List.of()))
                .toList();
        List<Object> affected = view.components().entrySet().stream().map(entry -> (Object) new StatuspageComponent(
                componentId(entry.getKey()), entry.getKey(), entry.getValue().wireName(),
                page.components().indexOf(entry.getKey()) + 1, view.updatedAt())).toList();
        return new StatuspageIncident(view.incidentId().value(), view.title(), wireStatus(view.status()), view.impact(),
                view.createdAt(), view.updatedAt(), view.monitoringAt(), view.resolvedAt(), view.createdAt(), page.id(),
                page.url() + "/#" + view.ref().slug(), updates, affected);
    }

    /** Statuspage has no "closed": to its clients a closed incident is resolved. */
    static String wireStatus(IncidentStatus status) {
        return status == IncidentStatus.CLOSED ? IncidentStatus.RESOLVED.wireName() : status.wireName();
    }

    public static StatuspageIncidents incidents(StatusPageProperties page, List<IncidentView> incidents, Instant now,
                                                boolean unresolvedOnly) {
        var summary = summary(page, incidents, now);
        return new StatuspageIncidents(summary.page(), incidents.stream()
                .filter(view -> !unresolvedOnly || view.unresolved()).limit(LATEST)
                .map(view -> incident(page, view)).toList());
    }

    static String componentId(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
