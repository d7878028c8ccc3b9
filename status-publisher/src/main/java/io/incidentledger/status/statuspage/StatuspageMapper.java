package io.incidentledger.status.statuspage;

import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.projections.status.IncidentUpdateView;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.status.components.BoardEntry;
import io.incidentledger.status.components.ComponentBoard;
import io.incidentledger.status.html.SlackMarkup;
import java.util.Comparator;
import java.util.List;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Maps the status model to Statuspage v2 shapes. Updates are listed newest first, as Statuspage does; bodies are
 * plain text (Slack links become "label (url)", mentions become names).
 */
public final class StatuspageMapper {

    static final int LATEST = 50;

    private StatuspageMapper() {
    }

    public static StatuspageSummary summary(StatusPageProperties page, ComponentCatalog catalog, StatusSnapshot snapshot) {
        return new StatuspageSummary(page(page, snapshot), PageIndicator.of(snapshot.unresolved()),
                components(page, catalog, snapshot), snapshot.unresolved().stream()
                .map(view -> incident(page, catalog, view, snapshot.names())).toList(),
                StatuspageMaintenances.unfinished(page, catalog, snapshot));
    }

    public static StatuspageStatus status(StatusPageProperties page, StatusSnapshot snapshot) {
        return new StatuspageStatus(page(page, snapshot), PageIndicator.of(snapshot.unresolved()));
    }

    public static StatuspageComponents componentList(StatusPageProperties page, ComponentCatalog catalog,
                                                     StatusSnapshot snapshot) {
        return new StatuspageComponents(page(page, snapshot), components(page, catalog, snapshot));
    }

    public static StatuspageIncidents incidents(StatusPageProperties page, ComponentCatalog catalog, StatusSnapshot snapshot,
                                                boolean unresolvedOnly) {
        return new StatuspageIncidents(page(page, snapshot), snapshot.incidents().stream()
                .filter(view -> !unresolvedOnly || view.unresolved()).limit(LATEST)
                .map(view -> incident(page, catalog, view, snapshot.names())).toList());
    }

    static StatuspagePage page(StatusPageProperties page, StatusSnapshot snapshot) {
        return new StatuspagePage(page.id(), page.name(), page.url(), timeZone(page), snapshot.lastChange());
    }

    /** Statuspage names zones the IANA way, UTC as {@code Etc/UTC}. */
    static String timeZone(StatusPageProperties page) {
        return page.timeZone().normalized().equals(java.time.ZoneOffset.UTC) ? "Etc/UTC" : page.timeZone().getId();
    }

    static List<StatuspageComponent> components(StatusPageProperties page, ComponentCatalog catalog, StatusSnapshot snapshot) {
        return ComponentBoard.of(catalog, snapshot).flat().stream()
                .map(entry -> component(page, entry, entry.status(), snapshot.lastChange())).toList();
    }

    /**
     * Statuspage's fields; a configured component has no creation time of its own, so {@code created_at} is the
     * start of its start date, or its {@code updated_at}.
     */
    static StatuspageComponent component(StatusPageProperties page, BoardEntry entry, ComponentStatus status,
                                         Instant updatedAt) {
        var definition = entry.definition();
        Instant created = definition.startDate() == null ? updatedAt
                : definition.startDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        return new StatuspageComponent(entry.id(), entry.name(), status.wireName(), created, updatedAt,
                definition.position(), definition.description().isEmpty() ? null : definition.description(),
                definition.showcase(), definition.startDate(), entry.groupId(), page.id(), entry.group(),
                definition.onlyShowIfDegraded(), entry.group() ? entry.members().stream().map(BoardEntry::id).toList() : null);
    }

    public static StatuspageIncident incident(StatusPageProperties page, ComponentCatalog catalog, IncidentView view,
                                              Map<String, String> names) {
        Map<String, BoardEntry> shown = ComponentBoard.of(catalog, StatusSnapshot.live(List.of(), view.updatedAt(), Map.of()))
                .flat().stream().collect(Collectors.toMap(BoardEntry::name, entry -> entry));
        var affected = view.components().entrySet().stream().filter(entry -> shown.containsKey(entry.getKey()))
                .map(entry -> new StatuspageAffectedComponent(
                componentId(entry.getKey()), entry.getKey(), "operational", entry.getValue().wireName())).toList();
        var updates = view.updates().stream()
                .sorted(Comparator.comparing(IncidentUpdateView::createdAt).reversed())
                .map(update -> new StatuspageIncidentUpdate(update.id(), wireStatus(update.status()),
                        SlackMarkup.toPlain(update.body(), names), view.incidentId().value(), update.createdAt(),
                        update.createdAt(), update.createdAt(), affected))
                .toList();
        var components = view.components().entrySet().stream().filter(entry -> shown.containsKey(entry.getKey()))
                .map(entry -> component(page, shown.get(entry.getKey()), entry.getValue(), view.updatedAt())).toList();
        return new StatuspageIncident(view.incidentId().value(), view.title(), wireStatus(view.status()), view.impact(),
                view.createdAt(), view.updatedAt(), view.monitoringAt(), view.resolvedAt(), view.createdAt(), page.id(),
                page.url() + "/#" + view.ref().slug(), updates, components);
    }

    /** Statuspage has no "closed": to its clients a closed incident is resolved. */
    public static String wireStatus(IncidentStatus status) {
        return status == IncidentStatus.CLOSED ? IncidentStatus.RESOLVED.wireName() : status.wireName();
    }

    public static String componentId(String name) {
        return ComponentBoard.id(name);
    }
}
