package io.incidentledger.status;

import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.projections.maintenance.MaintenanceView;
import io.incidentledger.projections.maintenance.MaintenanceViews;
import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.projections.status.IncidentViewListener;
import io.incidentledger.projections.status.ViewNotReady;
import io.incidentledger.status.names.DisplayNames;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The live outputs, rendered ahead of requests: during an outage readers refresh far more often than the page
 * changes. The incident views arrive one by one from the global store ({@link IncidentViewListener}); the store is
 * scanned once, at the first render. Names and maintenance windows are read again only when they change
 * ({@link StatusInputsChanged}) or each minute. Renders run on {@code renders}, coalesced, and a request never waits
 * for one: it gets the bytes of the last render that finished.
 */
class LivePage implements IncidentViewListener, StatusPageReadiness {

    private static final Logger log = LoggerFactory.getLogger(LivePage.class);

    private final CurrentIncidents store;
    private final DisplayNames displayNames;
    private final MaintenanceViews maintenanceViews;
    private final PageRenderer renderer;
    private final Clock clock;
    private final Executor renders;
    private final Map<String, IncidentView> incidents = new ConcurrentHashMap<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean seeded;
    private volatile boolean inputsChanged = true;
    private volatile RenderedPage current;
    private Map<String, String> names = Map.of();
    private List<MaintenanceView> maintenances = List.of();

    LivePage(CurrentIncidents store, DisplayNames names, MaintenanceViews maintenances, StatusDocuments documents,
             ComponentCatalog catalog, Clock clock, Executor renders) {
        this.store = store;
        this.displayNames = names;
        this.maintenanceViews = maintenances;
        this.renderer = new PageRenderer(documents, catalog);
        this.clock = clock;
        this.renders = renders;
    }

    @Override
    public void changed(String incidentId, IncidentView view) {
        IncidentView before = view == null ? incidents.remove(incidentId) : incidents.put(incidentId, view);
        // a chat message moves only lastSequence, which no output shows: no reason to render
        if (before != null && view != null && before.equals(withSequence(view, before.lastSequence()))) {
            return;
        }
        schedule();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void inputsChanged(StatusInputsChanged change) {
        inputsChanged = true;
        schedule();
    }

    /** The last finished render; a new minute asks for the next one, but this request does not wait for it. */
    RenderedPage current() {
        RenderedPage page = current;
        if (page == null || !page.minute().equals(minute())) {
            inputsChanged = true;
            schedule();
            page = current;
        }
        if (page == null) {
            throw new ViewNotReady("The status page is still being rendered", null);
        }
        return page;
    }

    @Override
    public boolean rendered() {
        refreshIfStale();
        return current != null;
    }

    /** Also what the periodic pass calls, so a page nobody asks for still turns its minute. */
    void refreshIfStale() {
        RenderedPage page = current;
        if (page == null || !page.minute().equals(minute())) {
            inputsChanged = true;
            schedule();
        }
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            renders.execute(this::render);
        }
    }

    private void render() {
        // cleared first: a change while this render runs schedules the next one
        scheduled.set(false);
        try {
            if (!seeded) {
                // views heard before this scan are at least as new as the scan's: keep them
                store.all().forEach(view -> incidents.putIfAbsent(view.incidentId().value(), view));
                seeded = true;
            }
            if (inputsChanged) {
                inputsChanged = false;
                names = displayNames.all();
                maintenances = maintenanceViews.all();
            }
            Instant now = clock.instant();
            var snapshot = new StatusSnapshot(List.copyOf(incidents.values()), now, null, names, maintenances);
            current = renderer.render(snapshot, now.truncatedTo(ChronoUnit.MINUTES));
        } catch (ViewNotReady notYet) {
            log.debug("The status view is not ready; the page is rendered at the next change or tick");
        } catch (RuntimeException failed) {
            inputsChanged = true;
            log.warn("The status page could not be rendered; the last rendering is served", failed);
        }
    }

    private static IncidentView withSequence(IncidentView view, long sequence) {
        return new IncidentView(view.incidentId(), view.ref(), view.title(), view.severity(), view.status(),
                view.createdAt(), view.updatedAt(), view.monitoringAt(), view.resolvedAt(), view.components(),
                view.updates(), sequence, view.componentHistory());
    }

    void close() {
        if (renders instanceof java.util.concurrent.ExecutorService service) {
            service.shutdownNow();
        }
    }

    private Instant minute() {
        return clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }
}
