package io.incidentledger.api.maintenance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A maintenance window's reference, {@code MNT-<n>}, and also its aggregate identifier: numbers come from their own
 * sequence, so a reference names one window for good and chat needs no lookup to reach it.
 */
public record MaintenanceRef(long number) {

    private static final Pattern FORM = Pattern.compile("(?i)MNT-(\\d{1,18})");

    public MaintenanceRef {
        if (number < 1) {
            throw new IllegalArgumentException("A maintenance number starts at 1, got " + number);
        }
    }

    @JsonCreator
    public static MaintenanceRef parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "'" + text + "' is not a maintenance reference; expected MNT-<number>, for example MNT-12"));
    }

    public static Optional<MaintenanceRef> tryParse(String text) {
        var matcher = FORM.matcher(text == null ? "" : text.trim());
        long number = matcher.matches() ? Long.parseLong(matcher.group(1)) : 0;
        return number < 1 ? Optional.empty() : Optional.of(new MaintenanceRef(number));
    }

    // Axon stores toString() as the aggregate identifier
    @JsonValue
    @Override
    public String toString() {
        return "MNT-" + number;
    }

    public String slug() {
        return toString().toLowerCase(Locale.ROOT);
    }
}
