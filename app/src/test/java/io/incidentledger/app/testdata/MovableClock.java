package io.incidentledger.app.testdata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock, moved ahead by however much a test says: it keeps ticking, so whatever compares the app's clock
 * with the database's {@code now()} (the outbox's due rows) still sees time pass, only later.
 */
public final class MovableClock extends Clock {

    private volatile Duration ahead = Duration.ZERO;

    /** Moves the clock so that it reads {@code at} (or later) from now on. */
    public void moveTo(Instant at) {
        Duration needed = Duration.between(Instant.now(), at);
        if (needed.compareTo(ahead) > 0) {
            ahead = needed;
        }
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the app reads its clock in UTC only");
    }
}
