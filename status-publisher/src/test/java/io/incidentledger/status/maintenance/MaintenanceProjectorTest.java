package io.incidentledger.status.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.maintenance.*;
import io.incidentledger.status.testdata.MaintenanceScript;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one fold the live view and {@code ?at=} share: each event's effect on the view. */
class MaintenanceProjectorTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final Instant START = T0.plus(Duration.ofHours(1));
    private static final Instant END = START.plus(Duration.ofHours(2));

    @Test
    void aWindowRecordsWhenItStartedWasVerifiedAndFinished() {
        var view = MaintenanceScript.schedule(3, "Upgrade", T0, START, END, "API").start(START).verify(START.plusSeconds(60))
                .complete(END).view();

        assertThat(view.status()).isEqualTo(MaintenanceStatus.COMPLETED);
        assertThat(List.of(view.startedAt(), view.verifyingAt(), view.finishedAt(), view.updatedAt()))
                .containsExactly(START, START.plusSeconds(60), END, END);
        assertThat(view.updates()).extracting(MaintenanceUpdateView::status).containsExactly(MaintenanceStatus.SCHEDULED,
                MaintenanceStatus.IN_PROGRESS, MaintenanceStatus.VERIFYING, MaintenanceStatus.COMPLETED);
    }

    @Test
    void theNextOccurrenceIsScheduledAgainWithItsOwnWindowAndNoStartYet() {
        var done = MaintenanceScript.schedule(3, "Upgrade", T0, START, END, "API").start(START).complete(END).view();
        var next = MaintenanceProjector.apply(done, new MaintenanceRecurred(done.ref(), 2, START.plus(Duration.ofDays(7)),
                END.plus(Duration.ofDays(7)), new Recurrence(Recurrence.Frequency.WEEKLY, 0), MaintenanceScript.ADA, END), "ev-next");

        assertThat(next.status()).isEqualTo(MaintenanceStatus.SCHEDULED);
        assertThat(next.occurrence()).isEqualTo(2);
        assertThat(next.startsAt()).isEqualTo(START.plus(Duration.ofDays(7)));
        assertThat(next.startedAt()).isNull();
        assertThat(next.finishedAt()).isNull();
        assertThat(next.createdAt()).isEqualTo(T0);
    }

    @Test
    void anEventWithoutItsSchedulingChangesNothing() {
        assertThat(MaintenanceProjector.apply(null, new MaintenanceStarted(new MaintenanceRef(9), MaintenanceScript.ADA, T0), "ev")).isNull();
    }
}
