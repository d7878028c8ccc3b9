package io.incidentledger.core.domain;

import static io.incidentledger.core.testdata.Commands.ORIGIN;
import static io.incidentledger.core.testdata.Commands.T0;
import static io.incidentledger.core.testdata.MaintenanceWindows.*;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.maintenance.*;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.Test;

/** scheduled → in_progress → verifying → completed, or cancelled: one given/when/then per move and per refusal. */
class MaintenanceLifecycleTest {

    private static final Instant DONE = END;
    private final AggregateTestFixture<Maintenance> fixture = new AggregateTestFixture<>(Maintenance.class);

    @Test
    void aScheduledWindowStarts() {
        fixture.given(scheduled()).when(start(START)).expectEvents(started());
    }

    @Test
    void aStartedWindowCannotStartAgainWhichTellsTheSchedulerItWasMovedByHand() {
        refused(fixture.given(scheduled(), started()).when(start(START)),
                "Only a window that is scheduled can start; MNT-12 is in_progress.");
    }

    @Test
    void aStartedWindowGoesToVerifying() {
        fixture.given(scheduled(), started()).when(verify()).expectEvents(verifying());
    }

    @Test
    void aScheduledWindowCannotBeVerified() {
        refused(fixture.given(scheduled()).when(verify()), "Only a window that is in_progress can verify; MNT-12 is scheduled.");
    }

    @Test
    void aStartedWindowCompletes() {
        fixture.given(scheduled(), started()).when(complete(DONE)).expectEvents(completed(DONE));
    }

    @Test
    void aVerifyingWindowCompletes() {
        fixture.given(scheduled(), started(), verifying()).when(complete(DONE)).expectEvents(completed(DONE));
    }

    @Test
    void aScheduledWindowCannotComplete() {
        refused(fixture.given(scheduled()).when(complete(DONE)),
                "Only a window that is in_progress or verifying can complete; MNT-12 is scheduled.");
    }

    @Test
    void aScheduledWindowIsCancelledWithItsReason() {
        fixture.given(scheduled()).when(cancel("Vendor postponed")).expectEvents(cancelled("Vendor postponed"));
    }

    @Test
    void aStartedWindowIsCancelledWithoutAReasonAsCancelled() {
        fixture.given(scheduled(), started()).when(cancel(" ")).expectEvents(cancelled("Cancelled."));
    }

    @Test
    void aVerifyingWindowCannotBeCancelledOnlyCompleted() {
        refused(fixture.given(scheduled(), started(), verifying()).when(cancel("no")),
                "Only a window that is scheduled or in_progress can cancel; MNT-12 is verifying.");
    }

    @Test
    void nothingHappensToACompletedWindow() {
        refused(fixture.given(scheduled(), started(), completed(DONE)).when(start(DONE)),
                "MNT-12 is completed, so it can't be changed.");
    }

    @Test
    void nothingHappensToACancelledWindow() {
        refused(fixture.given(scheduled(), cancelled("off")).when(update("Still off")),
                "MNT-12 is cancelled, so it can't be changed.");
    }

    @Test
    void anUpdateCarriesTheStatusItWasWrittenIn() {
        fixture.given(scheduled(), started()).when(update(" Halfway there "))
                .expectEvents(new MaintenanceUpdatePosted(MNT, MaintenanceStatus.IN_PROGRESS, "Halfway there", ORIGIN, T0));
    }

    @Test
    void anEmptyUpdateIsRefused() {
        refused(fixture.given(scheduled()).when(update("")), "Say what the update is: it can't be empty.");
    }

    @Test
    void completingARecurringWindowSchedulesItsNextOccurrenceOnePeriodLater() {
        var weekly = new Recurrence(Recurrence.Frequency.WEEKLY, 2);
        fixture.given(scheduled(weekly), started()).when(complete(DONE)).expectEvents(completed(DONE),
                new MaintenanceRecurred(MNT, 2, START.plus(Duration.ofDays(7)), END.plus(Duration.ofDays(7)),
                        new Recurrence(Recurrence.Frequency.WEEKLY, 1), ORIGIN, DONE));
    }

    @Test
    void theNextOccurrenceStartsAsScheduledAgain() {
        var next = new MaintenanceRecurred(MNT, 2, START.plus(Duration.ofDays(1)), END.plus(Duration.ofDays(1)),
                new Recurrence(Recurrence.Frequency.DAILY, 0), ORIGIN, DONE);
        fixture.given(scheduled(new Recurrence(Recurrence.Frequency.DAILY, 1)), started(), completed(DONE), next)
                .when(start(START.plus(Duration.ofDays(1)))).expectEvents(new MaintenanceStarted(MNT, ORIGIN, START.plus(Duration.ofDays(1))));
    }

    @Test
    void theLastOccurrenceCompletesForGood() {
        fixture.given(scheduled(new Recurrence(Recurrence.Frequency.DAILY, 0)), started()).when(complete(DONE))
                .expectEvents(completed(DONE));
    }

    @Test
    void occurrencesMissedWhileAWindowOverranAreSkippedAndCounted() {
        Instant late = END.plus(Duration.ofDays(1)).plusSeconds(60);
        fixture.given(scheduled(new Recurrence(Recurrence.Frequency.DAILY, 3)), started()).when(complete(late))
                .expectEvents(completed(late), new MaintenanceRecurred(MNT, 3, START.plus(Duration.ofDays(2)),
                        END.plus(Duration.ofDays(2)), new Recurrence(Recurrence.Frequency.DAILY, 1), ORIGIN, late));
    }

    private static void refused(ResultValidator<Maintenance> result, String reason) {
        result.expectNoEvents().expectException(CommandRefused.class).expectExceptionMessage(reason);
    }
}
