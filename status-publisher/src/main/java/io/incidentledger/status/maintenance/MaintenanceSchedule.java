package io.incidentledger.status.maintenance;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.maintenance.CompleteMaintenance;
import io.incidentledger.api.maintenance.MaintenanceCommand;
import io.incidentledger.api.maintenance.StartMaintenance;
import io.incidentledger.projections.maintenance.MaintenanceView;
import io.incidentledger.projections.maintenance.MaintenanceViews;
import io.incidentledger.status.PeriodicPass;
import io.incidentledger.status.notify.MaintenanceReminders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts each window at its start time and completes it at its end, on the app's clock, and reminds the routes
 * ahead of a start. Someone may have moved the window by hand first: the aggregate then refuses, and a refusal is
 * taken as done. Delivery ids name the window, occurrence and move, so instances racing here have one effect.
 */
class MaintenanceSchedule extends PeriodicPass {

    static final ChatOrigin SCHEDULE = new ChatOrigin(Platform.API, null, new ChatUser("maintenance-schedule", "the maintenance schedule"));
    private static final Logger log = LoggerFactory.getLogger(MaintenanceSchedule.class);

    private final MaintenanceViews views;
    private final CommandGateway commands;
    private final MaintenanceReminders reminders;
    private final Duration remindBefore;
    private final Clock clock;

    MaintenanceSchedule(MaintenanceViews views, CommandGateway commands, MaintenanceReminders reminders,
                        Duration remindBefore, Duration checkEvery, Clock clock) {
        super("maintenance-schedule", checkEvery);
        this.views = views;
        this.commands = commands;
        this.reminders = reminders;
        this.remindBefore = remindBefore;
        this.clock = clock;
    }

    @Override
    protected void runOnce() {
        try {
            Instant now = clock.instant();
            for (MaintenanceView window : views.all()) {
                due(window, now);
            }
        } catch (Exception e) {
            // PostgreSQL briefly away, say: the next pass finds the same windows due
            log.warn("Maintenance schedule pass failed: {}", e.toString());
        }
    }

    private void due(MaintenanceView window, Instant now) throws Exception {
        String occurrence = window.ref() + ":" + window.occurrence();
        if (window.upcoming() && !window.startsAt().isAfter(now)) {
            send(new StartMaintenance(window.ref(), SCHEDULE, "maintenance-start:" + occurrence, now));
        } else if (window.upcoming() && !window.startsAt().minus(remindBefore).isAfter(now)) {
            reminders.remind(window);
        } else if (window.active() && !window.endsAt().isAfter(now)) {
            send(new CompleteMaintenance(window.ref(), SCHEDULE, "maintenance-complete:" + occurrence, now));
        }
    }

    private void send(MaintenanceCommand command) {
        try {
            commands.sendAndWait(command);
        } catch (CommandRefused movedByHand) {
            log.debug("{} was moved by hand first: {}", command, movedByHand.getMessage());
        }
    }
}
