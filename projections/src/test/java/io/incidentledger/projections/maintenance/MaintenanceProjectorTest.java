package io.incidentledger.projections.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.maintenance.*;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one fold the live view and {@code ?at=} share: each event's effect on the view. */
class MaintenanceProjectorTest {

    private static final ChatOrigin ADA = new ChatOrigin(Platform.SLACK, "C0OPS", new ChatUser("U0ADA", "Ada"));
    private static final MaintenanceRef MNT = new MaintenanceRef(3);
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final Instant START = T0.plus(Duration.ofHours(1));
    private static final Instant END = START.plus(Duration.ofHours(2));

    @Test
    void aWindowRecordsWhenItStartedWasVerifiedAndFinished() {
        var view = fold(scheduled(), new MaintenanceStarted(MNT, ADA, START),
                new MaintenanceVerifying(MNT, ADA, START.plusSeconds(60)), new MaintenanceCompleted(MNT, ADA, END));

        assertThat(view.status()).isEqualTo(MaintenanceStatus.COMPLETED);
        assertThat(List.of(view.startedAt(), view.verifyingAt(), view.finishedAt(), view.updatedAt()))
                .containsExactly(START, START.plusSeconds(60), END, END);
        assertThat(view.updates()).extracting(MaintenanceUpdateView::status).containsExactly(MaintenanceStatus.SCHEDULED,
                MaintenanceStatus.IN_PROGRESS, MaintenanceStatus.VERIFYING, MaintenanceStatus.COMPLETED);
        assertThat(view.updates()).extracting(MaintenanceUpdateView::id).containsExactly("ev-0", "ev-1", "ev-2", "ev-3");
    }

    @Test
    void anUpdateKeepsTheStatusAndACancellationKeepsItsReason() {
        var view = fold(scheduled(), new MaintenanceUpdatePosted(MNT, MaintenanceStatus.SCHEDULED, "Moved to rack 4", ADA, T0),
                new MaintenanceCancelled(MNT, "Vendor postponed", ADA, START));

        assertThat(view.status()).isEqualTo(MaintenanceStatus.CANCELLED);
        assertThat(view.updates()).extracting(MaintenanceUpdateView::body)
                .containsExactly("Scheduled from 2026-11-22T10:00:00Z to 2026-11-22T12:00:00Z.", "Moved to rack 4", "Vendor postponed");
        assertThat(view.finishedAt()).isEqualTo(START);
    }

    @Test
    void theNextOccurrenceIsScheduledAgainWithItsOwnWindowAndNoStartYet() {
        var next = fold(scheduled(), new MaintenanceStarted(MNT, ADA, START), new MaintenanceCompleted(MNT, ADA, END),
                new MaintenanceRecurred(MNT, 2, START.plus(Duration.ofDays(7)), END.plus(Duration.ofDays(7)),
                        new Recurrence(Recurrence.Frequency.WEEKLY, 0), ADA, END));

        assertThat(next.status()).isEqualTo(MaintenanceStatus.SCHEDULED);
        assertThat(next.occurrence()).isEqualTo(2);
        assertThat(next.startsAt()).isEqualTo(START.plus(Duration.ofDays(7)));
        assertThat(next.startedAt()).isNull();
        assertThat(next.finishedAt()).isNull();
        assertThat(next.createdAt()).isEqualTo(T0);
    }

    @Test
    void anEventWithoutItsSchedulingChangesNothing() {
        assertThat(MaintenanceProjector.apply(null, new MaintenanceStarted(MNT, ADA, T0), "ev")).isNull();
    }

    private static MaintenanceScheduled scheduled() {
        return new MaintenanceScheduled(MNT, "Upgrade", START, END, List.of("API"), List.of(), null, ADA, T0);
    }

    private static MaintenanceView fold(MaintenanceEvent... events) {
        MaintenanceView view = null;
        for (int i = 0; i < events.length; i++) {
            view = MaintenanceProjector.apply(view, events[i], "ev-" + i);
        }
        return view;
    }
}
