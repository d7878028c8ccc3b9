package io.incidentledger.ingest.slack;

import java.time.Instant;

/** Slack's message timestamps, {@code "1700000000.000100"}: seconds, then microseconds. */
public final class SlackTimes {

    private SlackTimes() {
    }

    public static Instant parse(String ts, Instant fallback) {
        if (ts == null || !ts.matches("\\d{1,12}(\\.\\d{1,6})?")) {
            return fallback;
        }
        String[] parts = ts.split("\\.");
        long micros = parts.length == 1 ? 0 : Long.parseLong((parts[1] + "000000").substring(0, 6));
        return Instant.ofEpochSecond(Long.parseLong(parts[0]), micros * 1000);
    }
}
