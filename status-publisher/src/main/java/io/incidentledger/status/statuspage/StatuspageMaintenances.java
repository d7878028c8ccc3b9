package io.incidentledger.status.statuspage;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.api.maintenance.MaintenanceStatus;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.projections.maintenance.MaintenanceUpdateView;
import io.incidentledger.projections.maintenance.MaintenanceView;
import io.incidentledger.status.components.BoardEntry;
import io.incidentledger.status.components.ComponentBoard;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Predicate;

/**
 * {@code GET /api/v2/scheduled-maintenances.json}, {@code …/upcoming.json} and {@code …/active.json}. A cancelled
 * window is left out: Statuspage has no such status, it deletes the maintenance instead.
 */
public record StatuspageMaintenances(
        StatuspagePage page,
        @JsonProperty("scheduled_maintenances") List<StatuspageMaintenance> scheduledMaintenances) {

    public static StatuspageMaintenances all(StatusPageProperties page, ComponentCatalog catalog,
                                                 StatusSnapshot snapshot) {
        return of(page, catalog, snapshot, window -> window.status() != MaintenanceStatus.CANCELLED);
    }

    public static StatuspageMaintenances upcoming(StatusPageProperties page, ComponentCatalog catalog,
                                                 StatusSnapshot snapshot) {
        return of(page, catalog, snapshot, MaintenanceView::upcoming);
    }

    public static StatuspageMaintenances active(StatusPageProperties page, ComponentCatalog catalog,
                                                 StatusSnapshot snapshot) {
        return of(page, catalog, snapshot, MaintenanceView::active);
    }

    /** What summary.json lists: upcoming and in progress, as Statuspage's summary does. */
    static List<StatuspageMaintenance> unfinished(StatusPageProperties page, ComponentCatalog catalog,
                                                  StatusSnapshot snapshot) {
        var shown = shown(catalog, snapshot);
        return snapshot.maintenances().stream().filter(window -> !window.status().finished())
                .map(window -> maintenance(page, shown, window)).toList();
    }

    private static StatuspageMaintenances of(StatusPageProperties page, ComponentCatalog catalog, StatusSnapshot snapshot,
                                             Predicate<MaintenanceView> which) {
        var shown = shown(catalog, snapshot);
        return new StatuspageMaintenances(StatuspageMapper.page(page, snapshot), snapshot.maintenances().stream()
                .filter(which).sorted(Comparator.comparing(MaintenanceView::startsAt).reversed())
                .limit(StatuspageMapper.LATEST).map(window -> maintenance(page, shown, window)).toList());
    }

    /** The page's public components and groups by name: a hidden one is left out of a window's components. */
    private static Map<String, BoardEntry> shown(ComponentCatalog catalog, StatusSnapshot snapshot) {
        return ComponentBoard.of(catalog, snapshot).flat().stream().collect(Collectors.toMap(BoardEntry::name, e -> e));
    }

    /** One window as its webhook or feed reader gets it, with the page's public components as of now. */
    public static StatuspageMaintenance maintenance(StatusPageProperties page, ComponentCatalog catalog,
                                                    StatusSnapshot snapshot, MaintenanceView window) {
        return maintenance(page, shown(catalog, snapshot), window);
    }

    static StatuspageMaintenance maintenance(StatusPageProperties page, Map<String, BoardEntry> shown,
                                             MaintenanceView window) {
        String id = window.ref().slug();
        String status = window.active() ? ComponentStatus.UNDER_MAINTENANCE.wireName() : ComponentStatus.OPERATIONAL.wireName();
        var affected = window.components().stream().filter(shown::containsKey).map(name -> new StatuspageAffectedComponent(
                StatuspageMapper.componentId(name), name, ComponentStatus.OPERATIONAL.wireName(), status)).toList();
        var updates = window.updates().stream().sorted(Comparator.comparing(MaintenanceUpdateView::createdAt).reversed())
                .map(update -> new StatuspageIncidentUpdate(update.id(), update.status().wireName(), update.body(), id,
                        update.createdAt(), update.createdAt(), update.createdAt(), affected)).toList();
        var components = window.components().stream().filter(shown::containsKey).map(name -> StatuspageMapper.component(
                page, shown.get(name), window.active() ? ComponentStatus.UNDER_MAINTENANCE : ComponentStatus.OPERATIONAL,
                window.updatedAt())).toList();
        return new StatuspageMaintenance(id, window.title(), window.status().wireName(), window.createdAt(),
                window.updatedAt(), window.verifyingAt(), window.finishedAt(), "maintenance",
                page.url() + "/#" + id, window.startedAt(), page.id(), updates, components, window.startsAt(), window.endsAt());
    }
}
