package io.incidentledger.core.domain;

import static io.incidentledger.core.domain.MaintenanceRules.requireStatus;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.api.maintenance.*;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One maintenance window, beside {@link Incident}: scheduled → in_progress → verifying → completed, or cancelled.
 * A recurring window is one aggregate for all its occurrences: completing one schedules the next under the same
 * reference. The scheduler and people race to move it; the loser's command is refused, which the scheduler takes
 * as done.
 */
@Aggregate
public class Maintenance {

    @AggregateIdentifier
    private MaintenanceRef ref;
    private MaintenanceStatus status;
    private Instant startsAt;
    private Instant endsAt;
    private Recurrence recurrence;
    private int occurrence;

    protected Maintenance() {
        // for Axon's event sourcing
    }

    /** Created by {@link io.incidentledger.core.application.ScheduleMaintenanceHandler}, which allocates the reference. */
    public Maintenance(ScheduleMaintenance command, MaintenanceRef ref, ComponentCatalog catalog) {
        String title = MaintenanceRules.requireTitle(command.title());
        MaintenanceRules.requireWindow(command.startsAt(), command.endsAt(), command.at());
        var affected = MaintenanceRules.requireComponents(catalog, command.components(), command.groups());
        apply(new MaintenanceScheduled(ref, title, command.startsAt(), command.endsAt(), affected.components(), affected.groups(),
                command.recurrence(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(StartMaintenance command) {
        requireStatus(ref, status, "start", MaintenanceStatus.SCHEDULED);
        apply(new MaintenanceStarted(ref, command.by(), command.at()));
    }

    @CommandHandler
    void handle(VerifyMaintenance command) {
        requireStatus(ref, status, "verify", MaintenanceStatus.IN_PROGRESS);
        apply(new MaintenanceVerifying(ref, command.by(), command.at()));
    }

    @CommandHandler
    void handle(CompleteMaintenance command) {
        requireStatus(ref, status, "complete", MaintenanceStatus.IN_PROGRESS, MaintenanceStatus.VERIFYING);
        apply(new MaintenanceCompleted(ref, command.by(), command.at()));
        MaintenanceRules.nextOccurrence(startsAt, endsAt, recurrence, command.at()).ifPresent(next -> apply(
                new MaintenanceRecurred(ref, occurrence + next.skipped() + 1, next.startsAt(), next.endsAt(),
                        next.recurrence(), command.by(), command.at())));
    }

    @CommandHandler
    void handle(CancelMaintenance command) {
        requireStatus(ref, status, "cancel", MaintenanceStatus.SCHEDULED, MaintenanceStatus.IN_PROGRESS);
        String reason = command.reason() == null || command.reason().isBlank() ? "Cancelled."
                : MaintenanceRules.requireText(command.reason(), "reason");
        apply(new MaintenanceCancelled(ref, reason, command.by(), command.at()));
    }

    @CommandHandler
    void handle(PostMaintenanceUpdate command) {
        MaintenanceRules.requireNotFinished(ref, status);
        apply(new MaintenanceUpdatePosted(ref, status, MaintenanceRules.requireText(command.message(), "update"),
                command.by(), command.at()));
    }

    @EventSourcingHandler
    void on(MaintenanceScheduled event) {
        ref = event.ref();
        status = MaintenanceStatus.SCHEDULED;
        startsAt = event.startsAt();
        endsAt = event.endsAt();
        recurrence = event.recurrence();
        occurrence = 1;
    }

    @EventSourcingHandler
    void on(MaintenanceStarted event) {
        status = MaintenanceStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(MaintenanceVerifying event) {
        status = MaintenanceStatus.VERIFYING;
    }

    @EventSourcingHandler
    void on(MaintenanceCompleted event) {
        status = MaintenanceStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(MaintenanceCancelled event) {
        status = MaintenanceStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(MaintenanceRecurred event) {
        status = MaintenanceStatus.SCHEDULED;
        startsAt = event.startsAt();
        endsAt = event.endsAt();
        recurrence = event.recurrence();
        occurrence = event.occurrence();
    }
}
