package io.incidentledger.ingest.command;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.maintenance.MaintenanceRef;
import io.incidentledger.api.maintenance.Recurrence;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** A maintenance verb as typed: what was asked, by whom, under which delivery id, when; its words read typed. */
public record MaintenanceOrder(ParsedCommand parsed, ChatOrigin by, String deliveryId, Instant at) {

    public String get(String parameter) {
        return parsed.parameter(parameter);
    }

    public MaintenanceRef ref() {
        String word = get("mnt");
        return MaintenanceRef.tryParse(word).orElseThrow(() -> new CommandRefused("'" + CommandParser.clip(word)
                + "' is no maintenance window: references look like MNT-12."));
    }

    /** {@code 2026-12-05T02:00Z} or with an offset, {@code 2026-12-05T03:00+01:00}. */
    public Instant instant(String parameter) {
        String word = get(parameter);
        try {
            return OffsetDateTime.parse(word).toInstant();
        } catch (DateTimeParseException notATime) {
            throw new CommandRefused("'" + CommandParser.clip(word) + "' isn't a time: write it as 2026-12-05T02:00Z "
                    + "(ISO-8601, with Z or an offset such as +01:00).");
        }
    }

    public List<String> list(String extra) {
        return parsed.optional(extra).map(value -> Arrays.stream(value.split(",")).map(String::strip)
                .filter(name -> !name.isEmpty()).toList()).orElse(List.of());
    }

    public Recurrence recurrence() {
        try {
            return parsed.optional("repeat").map(Recurrence::parse).orElse(null);
        } catch (IllegalArgumentException unreadable) {
            throw new CommandRefused(unreadable.getMessage());
        }
    }
}
