package io.incidentledger.status.statuspage;

import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.projections.status.IncidentUpdateView;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.status.html.SlackMarkup;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Maps the status model to Statuspage v2 shapes. Updates are listed newest first, as Statuspage does; bodies are
 * plain text (Slack links become "label (url)", mentions become names).
 */
public final class StatuspageMapper {

    static final int LATEST = 50;

    private StatuspageMapper() {
    }

    public static StatuspageSummary summary(StatusPageProperties page, StatusSnapshot snapshot) {
        return new StatuspageSummary(page(page, snapshot), PageIndicator.of(snapshot.unresolved()),
                components(page, snapshot), snapshot.unresolved().stream().map(view -> incident(page, view, snapshot.names()))
                .toList(), StatuspageMaintenances.unfinished(page, snapshot));
    }

    public static StatuspageStatus status(StatusPageProperties page, StatusSnapshot snapshot) {
        return new StatuspageStatus(page(page, snapshot), PageIndicator.of(snapshot.unresolved()));
    }

    public static StatuspageComponents componentList(StatusPageProperties page, StatusSnapshot snapshot) {
        return new StatuspageComponents(page(page, snapshot), components(page, snapshot));
    }

    public static StatuspageIncidents incidents(StatusPageProperties page, StatusSnapshot snapshot, boolean unresolvedOnly) {
        return new StatuspageIncidents(page(page, snapshot), snapshot.incidents().stream()
                .filter(view -> !unresolvedOnly || view.unresolved()).limit(LATEST)
                .map(view -> incident(page, view, snapshot.names())).toList());
    }

    static StatuspagePage page(StatusPageProperties page, StatusSnapshot snapshot) {
        return new StatuspagePage(page.id(), page.name(), page.url(), timeZone(page), snapshot.lastChange());
    }

    /** Statuspage names zones the IANA way, UTC as {@code Etc/UTC}. */
    static String timeZone(StatusPageProperties page) {
        return page.timeZone().normalized().equals(java.time.ZoneOffset.UTC) ? "Etc/UTC" : page.timeZone().getId();
    }

    static List<StatuspageComponent> components(StatusPageProperties page, StatusSnapshot snapshot) {
        var unresolved = snapshot.unresolved();
        var maintained = snapshot.underMaintenance();
        var updatedAt = snapshot.lastChange();
        return IntStream.range(0, page.components().size()).mapToObj(i -> new StatuspageComponent(
                componentId(page.components().get(i)), page.components().get(i),
                ComponentHealth.worst(page.components().get(i), unresolved, maintained).wireName(), i + 1, updatedAt)).toList();
    }

    public static StatuspageIncident incident(StatusPageProperties page, IncidentView view, Map<String, String> names) {
        var affected = view.components().entrySet().stream().map(entry -> new StatuspageAffectedComponent(
                componentId(entry.getKey()), entry.getKey(), "operational", entry.getValue().wireName())).toList();
        var updates = view.updates().stream()
                .sorted(Comparator.comparing(IncidentUpdateView::createdAt).reversed())
                .map(update -> new StatuspageIncidentUpdate(update.id(), wireStatus(update.status()),
                        SlackMarkup.toPlain(update.body(), names), view.incidentId().value(), update.createdAt(),
                        update.createdAt(), update.createdAt(), affected))
                .toList();
        var components = view.components().entrySet().stream().map(entry -> new StatuspageComponent(
                componentId(entry.getKey()), entry.getKey(), entry.getValue().wireName(),
                page.components().indexOf(entry.getKey()) + 1, view.updatedAt())).toList();
        return new StatuspageIncident(view.incidentId().value(), view.title(), wireStatus(view.status()), view.impact(),
                view.createdAt(), view.updatedAt(), view.monitoringAt(), view.resolvedAt(), view.createdAt(), page.id(),
                page.url() + "/#" + view.ref().slug(), updates, components);
    }

    /** Statuspage has no "closed": to its clients a closed incident is resolved. */
    public static String wireStatus(IncidentStatus status) {
        return status == IncidentStatus.CLOSED ? IncidentStatus.RESOLVED.wireName() : status.wireName();
    }

    public static String componentId(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
