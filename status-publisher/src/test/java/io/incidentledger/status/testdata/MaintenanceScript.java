package io.incidentledger.status.testdata;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.maintenance.*;
import io.incidentledger.projections.maintenance.MaintenanceProjector;
import io.incidentledger.projections.maintenance.MaintenanceView;
import java.time.Instant;
import java.util.List;

/** A maintenance window built the way the ledger builds it: events through {@link MaintenanceProjector}. */
public final class MaintenanceScript {

    public static final ChatOrigin ADA = new ChatOrigin(Platform.SLACK, "C0OPS", new ChatUser("U0ADA", "Ada"));

    private MaintenanceView view;
    private int events;

    private MaintenanceScript(MaintenanceScheduled scheduled) {
        apply(scheduled);
    }

    public static MaintenanceScript schedule(long number, String title, Instant at, Instant start, Instant end, String... components) {
        return new MaintenanceScript(new MaintenanceScheduled(new MaintenanceRef(number), title, start, end,
                List.of(components), List.of(), null, ADA, at));
    }

    public MaintenanceScript start(Instant at) {
        return apply(new MaintenanceStarted(view.ref(), ADA, at));
    }

    public MaintenanceScript verify(Instant at) {
        return apply(new MaintenanceVerifying(view.ref(), ADA, at));
    }

    public MaintenanceScript complete(Instant at) {
        return apply(new MaintenanceCompleted(view.ref(), ADA, at));
    }

    public MaintenanceScript cancel(String reason, Instant at) {
        return apply(new MaintenanceCancelled(view.ref(), reason, ADA, at));
    }

    /** The next occurrence, as completing a recurring window schedules it. */
    public MaintenanceScript recur(Instant start, Instant end, Instant at) {
        return apply(new MaintenanceRecurred(view.ref(), view.occurrence() + 1, start, end, null, ADA, at));
    }

    public MaintenanceScript update(String message, Instant at) {
        return apply(new MaintenanceUpdatePosted(view.ref(), view.status(), message, ADA, at));
    }

    public MaintenanceView view() {
        return view;
    }

    private MaintenanceScript apply(MaintenanceEvent event) {
        view = MaintenanceProjector.apply(view, event, view == null ? "ev-" + event.ref().slug() + "-0"
                : "ev-" + event.ref().slug() + "-" + ++events);
        return this;
    }
}
