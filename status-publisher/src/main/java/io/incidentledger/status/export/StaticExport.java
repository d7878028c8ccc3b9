package io.incidentledger.status.export;

import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.StatusDocument;
import io.incidentledger.status.StatusDocuments;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.projections.maintenance.MaintenanceView;
import io.incidentledger.projections.maintenance.MaintenanceViews;
import io.incidentledger.status.names.DisplayNames;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rewrites every status document into a directory whenever the projection changes. It compares against what it
 * last wrote, which it does not remember across restarts: the first pass after a start always writes, so the
 * directory catches up with whatever happened while the app was down.
 */
public class StaticExport {

    private final Path dir;
    private final CurrentIncidents incidents;
    private final StatusDocuments documents;
    private final Supplier<Map<String, String>> names;
    private final MaintenanceViews maintenances;
    private final Clock clock;
    private Object written;

    public StaticExport(Path dir, CurrentIncidents incidents, StatusDocuments documents, DisplayNames names, Clock clock) {
        this(dir, incidents, List::of, documents, names, clock);
    }

    public StaticExport(Path dir, CurrentIncidents incidents, MaintenanceViews maintenances, StatusDocuments documents,
                        DisplayNames names, Clock clock) {
        this(dir, incidents, maintenances, documents, names::all, clock);
    }

    StaticExport(Path dir, CurrentIncidents incidents, MaintenanceViews maintenances, StatusDocuments documents,
                 Supplier<Map<String, String>> names, Clock clock) {
        this.dir = dir;
        this.incidents = incidents;
        this.maintenances = maintenances;
        this.documents = documents;
        this.names = names;
        this.clock = clock;
    }

    /** Writes all documents if anything changed since the last pass; answers whether it wrote. */
    public synchronized boolean exportIfChanged() throws IOException {
        List<IncidentView> all = incidents.all();
        List<MaintenanceView> windows = maintenances.all();
        // "past 14 days" moves with the date even when no event arrives
        Object version = List.of(all.stream().map(view -> view.incidentId() + "@" + view.lastSequence()).sorted().toList(),
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), windows);
        if (version.equals(written)) {
            return false;
        }
        StatusSnapshot snapshot = new StatusSnapshot(all, clock.instant(), null, names.get(), windows);
        for (StatusDocument document : StatusDocument.values()) {
            AtomicFiles.write(dir.resolve(document.path()), documents.render(document, snapshot));
        }
        written = version;
        return true;
    }
}
