package io.incidentledger.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static io.incidentledger.core.testdata.Commands.ORIGIN;
import static io.incidentledger.core.testdata.Commands.T0;
import static io.incidentledger.core.testdata.MaintenanceWindows.*;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.api.component.ComponentDefinition;
import io.incidentledger.api.maintenance.MaintenanceRef;
import io.incidentledger.api.maintenance.MaintenanceScheduled;
import io.incidentledger.api.maintenance.Recurrence;
import io.incidentledger.api.maintenance.ScheduleMaintenance;
import io.incidentledger.core.application.ScheduleMaintenanceHandler;
import java.time.Duration;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scheduling a window: one given/when/then per rule, with the exact refusal. */
class MaintenanceSchedulingTest {

    private final ComponentCatalog catalog = () -> List.of("API", "Checkout");
    private AggregateTestFixture<Maintenance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Maintenance.class);
        fixture.registerAnnotatedCommandHandler(new ScheduleMaintenanceHandler(fixture.getRepository(), () -> MNT, catalog));
    }

    @Test
    void schedulingAnnouncesTheWindowUnderANewReferenceWithTheCataloguesSpelling() {
        fixture.givenNoPriorActivity().when(schedule()).expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(MNT).expectEvents(scheduled());
    }

    @Test
    void aRecurringWindowKeepsItsRule() {
        fixture.givenNoPriorActivity().when(schedule(START, END, List.of("api", "Checkout"), Recurrence.parse("weekly:4")))
                .expectEvents(scheduled(new Recurrence(Recurrence.Frequency.WEEKLY, 3)));
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsRefused() {
        refused(schedule(END, START, List.of("API"), null),
                "The window ends at 2026-11-22T10:00:00Z, which is not after its start, 2026-11-22T12:00:00Z.");
    }

    @Test
    void aWindowThatEndsAsItStartsIsRefused() {
        refused(schedule(START, START, List.of("API"), null),
                "The window ends at 2026-11-22T10:00:00Z, which is not after its start, 2026-11-22T10:00:00Z.");
    }

    @Test
    void aWindowInThePastIsRefused() {
        refused(schedule(T0.minusSeconds(60), END, List.of("API"), null),
                "The window starts at 2026-11-22T08:59:00Z, which is in the past: schedule it from now on.");
    }

    @Test
    void aWindowLongerThanAWeekIsRefused() {
        refused(schedule(START, START.plus(Duration.ofDays(8)), List.of("API"), null),
                "A maintenance window lasts at most 7 days; split a longer one.");
    }

    @Test
    void anUnknownComponentIsRefused() {
        refused(schedule(START, END, List.of("API", "Billing"), null),
                "There is no component called 'Billing'. Known components: API, Checkout.");
    }

    @Test
    void aWindowWithoutComponentsIsRefused() {
        refused(schedule(START, END, List.of(), null), "Name the components under maintenance, as in components=API,Checkout.");
    }

    @Test
    void aGroupIsRefusedWhileNoGroupsAreConfigured() {
        refused(new ScheduleMaintenance(TITLE, START, END, List.of("API"), List.of("Core"), null,
                        ORIGIN, null, T0),
                "There is no component called 'Core'. Known components: API, Checkout.");
    }

    @Test
    void aGroupNamedAmongTheComponentsIsAcceptedAndExpandsToItsMembers() {
        grouped().givenNoPriorActivity().when(schedule(START, END, List.of("api", "platform"), null))
                .expectEvents(new MaintenanceScheduled(MNT, TITLE, START, END, List.of("API", "Database", "Queue"),
                        List.of("Platform"), null, ORIGIN, T0));
    }

    @Test
    void aGroupInTheGroupsListIsAcceptedWithoutOtherComponents() {
        grouped().givenNoPriorActivity().when(new ScheduleMaintenance(TITLE, START, END, List.of(), List.of("PLATFORM"),
                        null, ORIGIN, null, T0))
                .expectEvents(new MaintenanceScheduled(MNT, TITLE, START, END, List.of("Database", "Queue"),
                        List.of("Platform"), null, ORIGIN, T0));
    }

    @Test
    void aNameThatIsNeitherAComponentNorAGroupIsRefusedWithBoth() {
        grouped().givenNoPriorActivity().when(schedule(START, END, List.of("Platform", "Billing"), null))
                .expectNoEvents().expectException(CommandRefused.class).expectExceptionMessage(
                        "There is no component called 'Billing'. Known components: API, Database, Queue; groups: Platform.");
    }

    @Test
    void aWindowWithoutATitleIsRefused() {
        refused(new ScheduleMaintenance(" ", START, END, List.of("API"), List.of(), null,
                        ORIGIN, null, T0),
                "A maintenance window needs a title, for example: Database upgrade");
    }

    @Test
    void aMaintenanceReferenceIsNeverAnIncidentReference() {
        assertThat(MaintenanceRef.tryParse("INC-12")).isEmpty();
        assertThat(MaintenanceRef.tryParse("mnt-12")).contains(MNT);
    }

    private AggregateTestFixture<Maintenance> grouped() {
        var layout = List.of(ComponentDefinition.plain("API", 1), new ComponentDefinition("Platform", "", 2, true, true,
                false, null, true, List.of(ComponentDefinition.plain("Database", 1), ComponentDefinition.plain("Queue", 2))));
        var groupedCatalog = new ComponentCatalog() {
            @Override
            public List<String> names() {
                return List.of("API", "Database", "Queue");
            }

            @Override
            public List<ComponentDefinition> layout() {
                return layout;
            }
        };
        var withGroups = new AggregateTestFixture<>(Maintenance.class);
        withGroups.registerAnnotatedCommandHandler(new ScheduleMaintenanceHandler(withGroups.getRepository(), () -> MNT, groupedCatalog));
        return withGroups;
    }

    private void refused(ScheduleMaintenance command, String reason) {
        fixture.givenNoPriorActivity().when(command).expectNoEvents().expectException(CommandRefused.class)
                .expectExceptionMessage(reason);
    }
}
