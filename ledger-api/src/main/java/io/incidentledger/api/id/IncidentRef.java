package io.incidentledger.api.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The human reference people type in chat, {@code INC-<n>}. */
public record IncidentRef(long number) {

    private static final Pattern FORM = Pattern.compile("(?i)INC-(\\d{1,18})");

    public IncidentRef {
        if (number < 1) {
            throw new IllegalArgumentException("An incident number starts at 1, got " + number);
        }
    }

    @JsonCreator
    public static IncidentRef parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "'" + text + "' is not an incident reference; expected INC-<number>, for example INC-42"));
    }

    public static Optional<IncidentRef> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var matcher = FORM.matcher(text.trim());
        return matcher.matches() ? Optional.of(new IncidentRef(Long.parseLong(matcher.group(1)))) : Optional.empty();
    }

    @JsonValue
    @Override
    public String toString() {
        return "INC-" + number;
    }

    public String slug() {
        return toString().toLowerCase(Locale.ROOT);
    }
}
