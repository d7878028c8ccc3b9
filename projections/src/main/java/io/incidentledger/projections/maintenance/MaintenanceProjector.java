package io.incidentledger.projections.maintenance;

import io.incidentledger.api.maintenance.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one fold from maintenance events to a {@link MaintenanceView}: the live view and the page at {@code ?at=}
 * both use it, so past and present cannot disagree. Pure; {@code eventId} names the update an event becomes.
 */
public final class MaintenanceProjector {

    private MaintenanceProjector() {
    }

    public static MaintenanceView apply(MaintenanceView view, MaintenanceEvent event, String eventId) {
        if (event instanceof MaintenanceScheduled s) {
            var update = new MaintenanceUpdateView(eventId, MaintenanceStatus.SCHEDULED, window(s.startsAt(), s.endsAt()), s.at());
            return new MaintenanceView(s.ref(), s.title(), MaintenanceStatus.SCHEDULED, s.components(), s.startsAt(),
                    s.endsAt(), 1, s.recurrence(), s.at(), s.at(), null, null, null, List.of(update));
        }
        if (view == null) {
            // a later event without its scheduling (a gap) has nothing to change
            return null;
        }
        if (event instanceof MaintenanceStarted started) {
            return moved(view, MaintenanceStatus.IN_PROGRESS, "Maintenance is in progress.", started, eventId);
        }
        if (event instanceof MaintenanceVerifying verifying) {
            return moved(view, MaintenanceStatus.VERIFYING, "The work is done and being verified.", verifying, eventId);
        }
        if (event instanceof MaintenanceCompleted completed) {
            return moved(view, MaintenanceStatus.COMPLETED, "Maintenance is completed.", completed, eventId);
        }
        if (event instanceof MaintenanceCancelled cancelled) {
            return moved(view, MaintenanceStatus.CANCELLED, cancelled.reason(), cancelled, eventId);
        }
        if (event instanceof MaintenanceUpdatePosted posted) {
            return view.with(view.status(), posted.at(), new MaintenanceUpdateView(eventId, posted.status(), posted.message(), posted.at()));
        }
        var next = (MaintenanceRecurred) event;
        var updates = new ArrayList<>(view.updates());
        updates.add(new MaintenanceUpdateView(eventId, MaintenanceStatus.SCHEDULED, window(next.startsAt(), next.endsAt()), next.at()));
        return new MaintenanceView(view.ref(), view.title(), MaintenanceStatus.SCHEDULED, view.components(),
                next.startsAt(), next.endsAt(), next.occurrence(), next.recurrence(), view.createdAt(), next.at(),
                null, null, null, updates);
    }

    private static MaintenanceView moved(MaintenanceView view, MaintenanceStatus to, String body, MaintenanceEvent event,
                                         String eventId) {
        return view.with(to, event.at(), new MaintenanceUpdateView(eventId, to, body, event.at()));
    }

    private static String window(Instant start, Instant end) {
        return "Scheduled from " + start + " to " + end + ".";
    }
}
