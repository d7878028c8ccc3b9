package io.incidentledger.status.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.maintenance.CompleteMaintenance;
import io.incidentledger.api.maintenance.MaintenanceCommand;
import io.incidentledger.api.maintenance.StartMaintenance;
import io.incidentledger.projections.maintenance.MaintenanceView;
import io.incidentledger.status.notify.MaintenanceReminders;
import io.incidentledger.status.testdata.MaintenanceScript;
import io.incidentledger.status.testdata.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.Test;

/** When the schedule moves a window, on the clock it is given, and how it takes a window moved by hand first. */
class MaintenanceScheduleTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final Instant START = T0.plus(Duration.ofHours(2));
    private static final Instant END = START.plus(Duration.ofHours(1));

    private final MovableClock clock = new MovableClock(T0);
    private final List<MaintenanceCommand> sent = new CopyOnWriteArrayList<>();
    private final List<String> reminded = new CopyOnWriteArrayList<>();
    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private volatile List<MaintenanceView> windows = List.of();
    private volatile boolean movedByHand;

    private final MaintenanceSchedule schedule = new MaintenanceSchedule(() -> windows,
            DefaultCommandGateway.builder().commandBus(bus).build(), new MaintenanceReminders(null, null, null) {
                @Override
                public void remind(MaintenanceView window) {
                    reminded.add(window.ref() + ":" + window.occurrence());
                }
            }, Duration.ofHours(1), Duration.ofSeconds(5), clock);

    MaintenanceScheduleTest() {
        for (Class<?> type : List.of(StartMaintenance.class, CompleteMaintenance.class)) {
            bus.subscribe(type.getName(), (CommandMessage<?> message) -> {
                if (movedByHand) {
                    throw new CommandRefused("Only a window that is scheduled can start; MNT-3 is in_progress.");
                }
                sent.add((MaintenanceCommand) message.getPayload());
                return null;
            });
        }
    }

    @Test
    void nothingIsSentOrRemindedWhileTheStartIsMoreThanTheReminderAway() {
        windows = List.of(scheduled().view());
        schedule.runOnce();

        assertThat(sent).isEmpty();
        assertThat(reminded).isEmpty();
    }

    @Test
    void withinTheReminderTimeTheRoutesAreRemindedOfThatOccurrence() {
        windows = List.of(scheduled().view());
        clock.move(Duration.ofMinutes(61));
        schedule.runOnce();

        assertThat(reminded).containsExactly("MNT-3:1");
        assertThat(sent).isEmpty();
    }

    @Test
    void atItsStartAWindowIsStartedUnderADeliveryIdNamingItsOccurrence() {
        windows = List.of(scheduled().view());
        clock.move(Duration.ofHours(2));
        schedule.runOnce();

        assertThat(sent).containsExactly(new StartMaintenance(scheduled().view().ref(), MaintenanceSchedule.SCHEDULE,
                "maintenance-start:MNT-3:1", START));
    }

    @Test
    void atItsEndARunningWindowIsCompleted() {
        windows = List.of(scheduled().start(START).view());
        clock.move(Duration.ofHours(3));
        schedule.runOnce();

        assertThat(sent).singleElement().isInstanceOf(CompleteMaintenance.class)
                .extracting(MaintenanceCommand::deliveryId).isEqualTo("maintenance-complete:MNT-3:1");
    }

    @Test
    void aWindowMovedByHandFirstIsRefusedWhichTheScheduleTakesAsDoneAndGoesOn() {
        windows = List.of(scheduled().view(), MaintenanceScript.schedule(4, "Later", T0, END, END.plusSeconds(60), "API").view());
        movedByHand = true;
        clock.move(Duration.ofMinutes(150));
        schedule.runOnce();

        assertThat(sent).isEmpty();
        assertThat(reminded).containsExactly("MNT-4:1");
    }

    @Test
    void finishedWindowsAreLeftAlone() {
        windows = List.of(scheduled().start(START).complete(START.plusSeconds(60)).view(),
                MaintenanceScript.schedule(5, "Off", T0, START, END, "API").cancel("no", T0).view());
        clock.move(Duration.ofDays(1));
        schedule.runOnce();

        assertThat(sent).isEmpty();
        assertThat(reminded).isEmpty();
    }

    private static MaintenanceScript scheduled() {
        return MaintenanceScript.schedule(3, "Upgrade", T0, START, END, "API");
    }
}
