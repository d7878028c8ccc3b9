package io.incidentledger.console.pages;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times as pages show them: the UTC text and ISO instant in the markup; console.js rewrites the text into the
 * viewer's zone and keeps UTC in the title, so a page without JavaScript is still right, in UTC.
 */
public final class Times {

    public static final Times INSTANCE = new Times();

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String iso(Instant at) {
        return at == null ? "" : at.toString();
    }

    public String utc(Instant at) {
        return at == null ? "" : UTC.format(at);
    }

    public String duration(Instant from, Instant to) {
        if (from == null) {
            return "";
        }
        Duration d = Duration.between(from, to == null ? Instant.now() : to);
        if (d.toSeconds() < 60) {
            return Math.max(0, d.toSeconds()) + " s";
        }
        long minutes = d.toMinutes();
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    public String seconds(Double seconds) {
        return seconds == null ? "–" : duration(Instant.EPOCH, Instant.EPOCH.plusMillis(Math.round(seconds * 1000)));
    }
}
