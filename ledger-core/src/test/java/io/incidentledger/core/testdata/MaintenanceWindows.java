package io.incidentledger.core.testdata;

import static io.incidentledger.core.testdata.Commands.ORIGIN;
import static io.incidentledger.core.testdata.Commands.T0;

import io.incidentledger.api.maintenance.*;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** MNT-12, "Database upgrade" on API and Checkout, from an hour after T0 for two hours, by ada. */
public final class MaintenanceWindows {

    public static final MaintenanceRef MNT = new MaintenanceRef(12);
    public static final Instant START = T0.plus(Duration.ofHours(1));
    public static final Instant END = START.plus(Duration.ofHours(2));
    public static final String TITLE = "Database upgrade";

    private MaintenanceWindows() {
    }

    public static ScheduleMaintenance schedule(Instant start, Instant end, List<String> components, Recurrence recurrence) {
        return new ScheduleMaintenance(TITLE, start, end, components, List.of(), recurrence, ORIGIN, null, T0);
    }

    public static ScheduleMaintenance schedule() {
        return schedule(START, END, List.of("api", "Checkout"), null);
    }

    public static MaintenanceScheduled scheduled(Recurrence recurrence) {
        return new MaintenanceScheduled(MNT, TITLE, START, END, List.of("API", "Checkout"), List.of(), recurrence, ORIGIN, T0);
    }

    public static MaintenanceScheduled scheduled() {
        return scheduled(null);
    }

    public static StartMaintenance start(Instant at) {
        return new StartMaintenance(MNT, ORIGIN, null, at);
    }

    public static MaintenanceStarted started() {
        return new MaintenanceStarted(MNT, ORIGIN, START);
    }

    public static VerifyMaintenance verify() {
        return new VerifyMaintenance(MNT, ORIGIN, null, START);
    }

    public static MaintenanceVerifying verifying() {
        return new MaintenanceVerifying(MNT, ORIGIN, START);
    }

    public static CompleteMaintenance complete(Instant at) {
        return new CompleteMaintenance(MNT, ORIGIN, null, at);
    }

    public static MaintenanceCompleted completed(Instant at) {
        return new MaintenanceCompleted(MNT, ORIGIN, at);
    }

    public static CancelMaintenance cancel(String reason) {
        return new CancelMaintenance(MNT, reason, ORIGIN, null, T0);
    }

    public static MaintenanceCancelled cancelled(String reason) {
        return new MaintenanceCancelled(MNT, reason, ORIGIN, T0);
    }

    public static PostMaintenanceUpdate update(String message) {
        return new PostMaintenanceUpdate(MNT, message, ORIGIN, null, T0);
    }
}
