package io.incidentledger.core.domain;

import static io.incidentledger.api.id.ComponentStatus.*;
import static io.incidentledger.api.id.IncidentStatus.*;
import static io.incidentledger.core.testdata.Actions.*;
import static io.incidentledger.core.testdata.Commands.*;
import static io.incidentledger.core.testdata.IncidentFixtures.*;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.event.*;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** Affected components and follow-up actions. */
class IncidentComponentsAndActionsTest {

    private final FixtureConfiguration<Incident> fixture = knowing("API", "Checkout");

    @Test
    void aComponentStatusIsSetUnderItsConfiguredName() {
        fixture.given(declared()).when(component("api", PARTIAL_OUTAGE))
                .expectEvents(componentChanged("API", OPERATIONAL, PARTIAL_OUTAGE));
    }

    @Test
    void anUnknownComponentIsRefused() {
        fixture.given(declared()).when(component("mainframe", MAJOR_OUTAGE)).expectNoEvents()
                .expectException(CommandRefused.class)
                .expectExceptionMessage("There is no component called 'mainframe'. Known components: API, Checkout.");
    }

    @Test
    void settingAComponentToItsCurrentStatusIsRefused() {
        fixture.given(declared()).when(component("API", OPERATIONAL)).expectNoEvents()
                .expectExceptionMessage("API is already operational.");
    }

    @Test
    void aGroupAsAWholeSetsEachOfItsComponentsThatIsNotAlreadyThere() {
        knowingGroup("Platform", java.util.List.of("Database", "Queue"), "API").given(declared())
                .andGiven(componentChanged("Queue", OPERATIONAL, MAJOR_OUTAGE))
                .when(component("platform", MAJOR_OUTAGE))
                .expectEvents(componentChanged("Database", OPERATIONAL, MAJOR_OUTAGE));
        knowingGroup("Platform", java.util.List.of("Database", "Queue"), "API").given(declared())
                .when(component("Platform", PARTIAL_OUTAGE))
                .expectEvents(componentChanged("Database", OPERATIONAL, PARTIAL_OUTAGE),
                        componentChanged("Queue", OPERATIONAL, PARTIAL_OUTAGE));
    }

    @Test
    void aGroupWhoseComponentsAreAllThereAlreadyIsRefused() {
        knowingGroup("Platform", java.util.List.of("Database"), "API").given(declared())
                .when(component("Platform", OPERATIONAL)).expectNoEvents()
                .expectExceptionMessage("All of Platform is already operational.");
    }

    @Test
    void anUnknownNameIsRefusedNamingTheGroupsToo() {
        knowingGroup("Platform", java.util.List.of("Database"), "API").given(declared())
                .when(component("mainframe", MAJOR_OUTAGE)).expectNoEvents()
                .expectExceptionMessage("There is no component called 'mainframe'. Known components: API, Database; "
                        + "groups: Platform.");
    }

    @Test
    void resolvingPutsAffectedComponentsBackToOperationalButLeavesMaintenance() {
        fixture.given(declared())
                .andGiven(componentChanged("API", OPERATIONAL, MAJOR_OUTAGE),
                        componentChanged("Checkout", OPERATIONAL, UNDER_MAINTENANCE))
                .when(status(RESOLVED, "Fixed"))
                .expectEvents(statusChanged(INVESTIGATING, RESOLVED, "Fixed"),
                        componentChanged("API", MAJOR_OUTAGE, OPERATIONAL));
    }

    @Test
    void actionsAreNumberedInOrder() {
        fixture.given(declared()).andGiven(actionAdded(1, "Add an alert"))
                .when(action("Write the runbook"))
                .expectEvents(actionAdded(2, "Write the runbook"))
                .expectResultMessagePayload(2);
    }

    @Test
    void anActionIsCompletedThenReopened() {
        fixture.given(declared()).andGiven(actionAdded(1, "Add an alert")).when(actionDone(1))
                .expectEvents(new FollowUpActionCompleted(INCIDENT, REF, 1, ORIGIN, T0));
        fixture.given(declared()).andGiven(actionAdded(1, "Add an alert"),
                        new FollowUpActionCompleted(INCIDENT, REF, 1, ORIGIN, T0))
                .when(actionReopen(1))
                .expectEvents(new FollowUpActionReopened(INCIDENT, REF, 1, ORIGIN, T0));
    }

    @Test
    void completingAnUnknownOrFinishedActionIsRefused() {
        fixture.given(declared()).when(actionDone(3)).expectNoEvents()
                .expectExceptionMessage("INC-42 has no action 3; it has 0.");
        fixture.given(declared()).andGiven(actionAdded(1, "Add an alert"),
                        new FollowUpActionCompleted(INCIDENT, REF, 1, ORIGIN, T0))
                .when(actionDone(1)).expectNoEvents().expectExceptionMessage("Action 1 of INC-42 is already done.");
    }

    @Test
    void reopeningAnOpenActionIsRefused() {
        fixture.given(declared()).andGiven(actionAdded(1, "Add an alert")).when(actionReopen(1)).expectNoEvents()
                .expectExceptionMessage("Action 1 of INC-42 is still open.");
    }
}
