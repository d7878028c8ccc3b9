package io.incidentledger.api.maintenance;

import java.time.Duration;

/**
 * Repeats a window every day or every week, {@code remaining} more times after this one. Kept to the RFC 5545
 * subset {@code FREQ=DAILY|WEEKLY;COUNT=n} that every asked-for case needs, with COUNT counting the first too.
 */
public record Recurrence(Frequency frequency, int remaining) {

    public enum Frequency {
        DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

        private final Duration period;

        Frequency(Duration period) {
            this.period = period;
        }

        public Duration period() {
            return period;
        }
    }

    public Recurrence {
        if (frequency == null || remaining < 0) {
            throw new IllegalArgumentException("A recurrence needs a frequency and a count of at least 1");
        }
    }

    /** {@code daily:4} or {@code weekly:10}: the count includes the first window. */
    public static Recurrence parse(String text) {
        String[] parts = text.strip().split(":", 2);
        Frequency frequency = switch (parts[0].toLowerCase(java.util.Locale.ROOT)) {
            case "daily" -> Frequency.DAILY;
            case "weekly" -> Frequency.WEEKLY;
            default -> throw new IllegalArgumentException("'" + parts[0] + "' isn't a recurrence: use daily:<count> or weekly:<count>.");
        };
        int count = parts.length == 2 && parts[1].matches("[1-9]\\d{0,2}") ? Integer.parseInt(parts[1]) : 0;
        if (count < 1) {
            throw new IllegalArgumentException("A recurrence needs a count from 1 to 999, as in weekly:4.");
        }
        return new Recurrence(frequency, count - 1);
    }

    public Recurrence next() {
        return new Recurrence(frequency, remaining - 1);
    }
}
