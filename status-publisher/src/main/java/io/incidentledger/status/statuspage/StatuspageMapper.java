package io.incidentledger.status.statuspage;

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

    private StatuspageMapper() {
    }

    public static StatuspageSummary summary(StatusPageProperties page, List<IncidentView> incidents, Instant now) {
        List<IncidentView> unresolved = incidents.stream().filter(IncidentView::unresolved).toList();
        Instant updatedAt = incidents.stream().map(IncidentView::updatedAt).max(Comparator.naturalOrder()).orElse(now);
        var components = IntStream.range(0, page.components().size()).mapToObj(i -> new StatuspageComponent(
                page.components().get(i).toLowerCase(Locale.ROOT), page.components().get(i), "operational", i + 1,
                updatedAt)).toList();
        return new StatuspageSummary(
                new StatuspagePage(page.id(), page.name(), page.url(), "Etc/UTC", updatedAt),
                PageIndicator.of(unresolved), components,
                unresolved.stream().map(view -> incident(page, view)).toList(), List.of());
    }

    public static StatuspageIncident incident(StatusPageProperties page, IncidentView view) {
        var updates = view.updates().stream()
                .sorted(Comparator.comparing(IncidentUpdateView::createdAt).reversed())
                .map(update -> new StatuspageIncidentUpdate(update.id(), update.status().wireName(), update.body(),
                        view.incidentId().value(), update.createdAt(), update.createdAt(), update.createdAt(), List.of()))
                .toList();
        return new StatuspageIncident(view.incidentId().value(), view.title(), view.status().wireName(), view.impact(),
                view.createdAt(), view.updatedAt(), null, null, view.createdAt(), page.id(),
                page.url() + "/#" + view.ref().slug(), updates, List.of());
    }
}
