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
                "'" + text + "' is not an incident reference; expected INC-<number> from INC-1, for example INC-42"));
    }

    public static Optional<IncidentRef> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var matcher = FORM.matcher(text.trim());
        // 18 digits always fit a long; INC-0 matches the form but names no incident
        long number = matcher.matches() ? Long.parseLong(matcher.group(1)) : 0;
        return number < 1 ? Optional.empty() : Optional.of(new IncidentRef(number));
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
