package io.incidentledger.core.domain;

import static io.incidentledger.api.id.IncidentStatus.*;
import static io.incidentledger.core.testdata.Actions.*;
import static io.incidentledger.core.testdata.Commands.*;
import static io.incidentledger.core.testdata.IncidentFixtures.*;

import io.incidentledger.api.command.AcknowledgeIncident;
import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.event.*;
import io.incidentledger.api.id.*;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** Status, severity, edits, roles and updates: one given/when/then per rule and per refusal. */
class IncidentLifecycleTest {

    private final FixtureConfiguration<Incident> fixture = knowing("API", "Checkout");

    @Test
    void aStatusChangeCarriesItsMessageAsAPublicUpdate() {
        fixture.given(declared()).when(status(IDENTIFIED, "Bad deploy found"))
                .expectEvents(statusChanged(INVESTIGATING, IDENTIFIED, "Bad deploy found"));
    }

    @Test
    void aForwardMoveMaySkipSteps() {
        fixture.given(declared()).when(status(RESOLVED, "Rolled back"))
                .expectEvents(statusChanged(INVESTIGATING, RESOLVED, "Rolled back"));
    }

    @Test
    void aBackwardMoveIsRefused() {
        fixture.given(declared()).andGiven(statusChanged(INVESTIGATING, MONITORING, "Fix out"))
                .when(status(IDENTIFIED, "Hmm")).expectNoEvents().expectException(CommandRefused.class)
                .expectExceptionMessage("INC-42 can't go back from monitoring to identified: statuses move forward "
                        + "(investigating → identified → monitoring → resolved), and only a resolved incident can "
                        + "return to investigating.");
    }

    @Test
    void aResolvedIncidentMayReturnToInvestigating() {
        fixture.given(declared()).andGiven(statusChanged(INVESTIGATING, RESOLVED, "Fixed"))
                .when(status(INVESTIGATING, "It is back"))
                .expectEvents(statusChanged(RESOLVED, INVESTIGATING, "It is back"));
    }

    @Test
    void resolvingTwiceIsRefused() {
        fixture.given(declared()).andGiven(statusChanged(INVESTIGATING, RESOLVED, "Fixed"))
                .when(status(RESOLVED, "Fixed again")).expectNoEvents()
                .expectExceptionMessage("INC-42 is already resolved.");
    }

    @Test
    void aStatusChangeWithoutAMessageIsRefused() {
        fixture.given(declared()).when(status(IDENTIFIED, " ")).expectNoEvents()
                .expectExceptionMessage("Say what the status message is: it can't be empty.");
    }

    @Test
    void acknowledgingRecordsWhoIsOnIt() {
        fixture.given(declared()).when(new AcknowledgeIncident(INCIDENT, ORIGIN, null, T0))
                .expectEvents(new IncidentAcknowledged(INCIDENT, REF, ORIGIN, T0));
    }

    @Test
    void acknowledgingTwiceIsRefused() {
        fixture.given(declared()).andGiven(new IncidentAcknowledged(INCIDENT, REF, ORIGIN, T0))
                .when(new AcknowledgeIncident(INCIDENT, ORIGIN, null, T0)).expectNoEvents()
                .expectExceptionMessage("INC-42 was already acknowledged by ada.");
    }

    @Test
    void closingRecordsTheFinalStatusWithItsNote() {
        fixture.given(declared()).andGiven(statusChanged(INVESTIGATING, RESOLVED, "Fixed"))
                .when(close("Review booked"))
                .expectEvents(statusChanged(RESOLVED, CLOSED, "Review booked"));
    }

    @Test
    void closingTwiceIsRefused() {
        fixture.given(declared()).andGiven(statusChanged(INVESTIGATING, CLOSED, "Closed."))
                .when(close(null)).expectNoEvents().expectExceptionMessage("INC-42 is already closed.");
    }

    @Test
    void anUpdateAfterCloseIsRefusedAndAppendsNothing() {
        fixture.given(declared()).andGiven(statusChanged(INVESTIGATING, CLOSED, "Closed."))
                .when(update("Still looking")).expectNoEvents().expectException(CommandRefused.class)
                .expectExceptionMessage("INC-42 is closed, so it can't be changed. Reopen it first: `reopen INC-42 <reason>`.");
    }

    @Test
    void aStatusChangeAfterCloseIsRefused() {
        fixture.given(declared()).andGiven(statusChanged(INVESTIGATING, CLOSED, "Closed."))
                .when(status(INVESTIGATING, "Back")).expectNoEvents().expectException(CommandRefused.class);
    }

    @Test
    void reopeningAClosedIncidentRecordsTheReason() {
        fixture.given(declared()).andGiven(statusChanged(INVESTIGATING, CLOSED, "Closed."))
                .when(reopen("Errors again"))
                .expectEvents(new IncidentReopened(INCIDENT, REF, CLOSED, "Errors again", ORIGIN, T0));
    }

    @Test
    void reopeningAnOpenIncidentIsRefused() {
        fixture.given(declared()).when(reopen("Why not")).expectNoEvents()
                .expectExceptionMessage("INC-42 is investigating, not resolved or closed: there is nothing to reopen.");
    }

    @Test
    void reopeningWithoutAReasonIsRefused() {
        fixture.given(declared()).andGiven(statusChanged(INVESTIGATING, RESOLVED, "Fixed"))
                .when(reopen("")).expectNoEvents().expectException(CommandRefused.class);
    }

    @Test
    void aSeverityChangeKeepsTheOldAndTheNewValue() {
        fixture.given(declared()).when(severity(Severity.SEV1))
                .expectEvents(new SeverityChanged(INCIDENT, REF, Severity.SEV2, Severity.SEV1, ORIGIN, T0));
    }

    @Test
    void settingTheSameSeverityIsRefused() {
        fixture.given(declared()).when(severity(Severity.SEV2)).expectNoEvents()
                .expectExceptionMessage("INC-42 is already SEV2.");
    }

    @Test
    void editsKeepTheOldAndTheNewText() {
        fixture.given(declared()).when(edit(IncidentTextField.TITLE, "Checkout down in EU"))
                .expectEvents(new TitleChanged(INCIDENT, REF, "Checkout errors", "Checkout down in EU", ORIGIN, T0));
        fixture.given(declared()).when(edit(IncidentTextField.SUMMARY, "Card payments fail"))
                .expectEvents(new SummaryChanged(INCIDENT, REF, null, "Card payments fail", ORIGIN, T0));
        fixture.given(declared()).when(edit(IncidentTextField.IMPACT, "EU customers cannot pay"))
                .expectEvents(new ImpactChanged(INCIDENT, REF, null, "EU customers cannot pay", ORIGIN, T0));
    }

    @Test
    void anEditToTheSameTextIsRefused() {
        fixture.given(declared()).when(edit(IncidentTextField.TITLE, "Checkout errors")).expectNoEvents()
                .expectExceptionMessage("The title of INC-42 already says that.");
    }

    @Test
    void reassigningTheLeadKeepsThePreviousOne() {
        fixture.given(declared()).when(assign(IncidentRole.LEAD, BOB))
                .expectEvents(new RoleAssigned(INCIDENT, REF, IncidentRole.LEAD, BOB, ADA, ORIGIN, T0));
    }

    @Test
    void assigningSomeoneTheRoleTheyHoldIsRefused() {
        fixture.given(declared()).when(assign(IncidentRole.LEAD, ADA)).expectNoEvents()
                .expectExceptionMessage("ada is already lead of INC-42.");
    }

    @Test
    void commsCanBeUnassignedButTheLeadCannot() {
        fixture.given(declared()).andGiven(new RoleAssigned(INCIDENT, REF, IncidentRole.COMMS, BOB, null, ORIGIN, T0))
                .when(assign(IncidentRole.COMMS, null))
                .expectEvents(new RoleUnassigned(INCIDENT, REF, IncidentRole.COMMS, BOB, ORIGIN, T0));
        fixture.given(declared()).when(assign(IncidentRole.LEAD, null)).expectNoEvents()
                .expectExceptionMessage("An incident always has a lead: name the new lead instead.");
    }

    @Test
    void unassigningAnEmptyRoleIsRefused() {
        fixture.given(declared()).when(assign(IncidentRole.SCRIBE, null)).expectNoEvents()
                .expectExceptionMessage("INC-42 has no scribe to unassign.");
    }

    @Test
    void aPublicUpdateKeepsTheStatusItWasPostedUnder() {
        fixture.given(declared()).when(update("Payments recovering"))
                .expectEvents(new PublicUpdatePosted(INCIDENT, REF, INVESTIGATING, "Payments recovering", ORIGIN, T0));
    }

    @Test
    void anEmptyUpdateIsRefused() {
        fixture.given(declared()).when(update("")).expectNoEvents()
                .expectExceptionMessage("Say what the update is: it can't be empty.");
    }

    @Test
    void anInternalNoteIsRecorded() {
        fixture.given(declared()).when(note("Paged the DBA"))
                .expectEvents(new InternalNoteAdded(INCIDENT, REF, "Paged the DBA", ORIGIN, T0));
    }
}
