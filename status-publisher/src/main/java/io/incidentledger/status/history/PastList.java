package io.incidentledger.status.history;

import java.time.Duration;

/**
 * The page's list of past incidents: those resolved within {@link #DAYS}, newest first, at most {@link #LISTED} of
 * them, so a busy fortnight neither buries the page on a phone nor makes {@code ?at=} decode thousands of incidents.
 * The feeds and incidents.json list the rest.
 */
public final class PastList {

    public static final Duration DAYS = Duration.ofDays(14);
    public static final int LISTED = 25;

    private PastList() {
    }
}
