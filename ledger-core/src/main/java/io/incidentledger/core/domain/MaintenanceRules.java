package io.incidentledger.core.domain;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.api.maintenance.MaintenanceRef;
import io.incidentledger.api.maintenance.MaintenanceStatus;
import io.incidentledger.api.maintenance.Recurrence;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A maintenance window's rules, each failing with a sentence a person scheduling one understands. */
final class MaintenanceRules {

    static final Duration LONGEST_WINDOW = Duration.ofDays(7);

    private MaintenanceRules() {
    }

    static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new CommandRefused("A maintenance window needs a title, for example: Database upgrade");
        }
        if (title.strip().length() > IncidentRules.MAX_TITLE_LENGTH) {
            throw new CommandRefused("The title is too long: keep it under " + IncidentRules.MAX_TITLE_LENGTH + " characters.");
        }
        return title.strip();
    }

    static String requireText(String text, String what) {
        return IncidentRules.requireText(text, what);
    }

    static void requireWindow(Instant startsAt, Instant endsAt, Instant now) {
        if (startsAt == null || endsAt == null) {
            throw new CommandRefused("A maintenance window needs a start and an end, such as 2026-12-05T02:00Z 2026-12-05T04:00Z.");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new CommandRefused("The window ends at " + endsAt + ", which is not after its start, " + startsAt + ".");
        }
        if (startsAt.isBefore(now)) {
            throw new CommandRefused("The window starts at " + startsAt + ", which is in the past: schedule it from now on.");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST_WINDOW) > 0) {
            throw new CommandRefused("A maintenance window lasts at most 7 days; split a longer one.");
        }
    }

    /** What a window affects: its components, a group's members among them, and the groups named. */
    record Affected(List<String> components, List<String> groups) {
    }

    /**
     * The catalogue's spelling of each name, in the order given. The catalogue decides what a name is, so a group
     * may be named among the components; it expands to its members here, and the event keeps the group's name.
     */
    static Affected requireComponents(ComponentCatalog catalog, List<String> components, List<String> groups) {
        if (components.isEmpty() && groups.isEmpty()) {
            throw new CommandRefused("Name the components under maintenance, as in components=API,Checkout.");
        }
        var known = new LinkedHashSet<String>();
        var named = new LinkedHashSet<String>();
        for (String name : components) {
            catalog.find(name).ifPresentOrElse(known::add, () -> group(catalog, name, known, named));
        }
        groups.forEach(name -> group(catalog, name, known, named));
        return new Affected(List.copyOf(known), List.copyOf(named));
    }

    private static void group(ComponentCatalog catalog, String name, Set<String> known, Set<String> named) {
        var group = catalog.group(name).orElseThrow(() -> new CommandRefused("There is no component called '" + name
                + "'. Known components: " + (catalog.names().isEmpty() ? "none configured" : String.join(", ", catalog.names()))
                + (catalog.groupNames().isEmpty() ? "" : "; groups: " + String.join(", ", catalog.groupNames())) + "."));
        named.add(group.name());
        group.components().forEach(member -> known.add(member.name()));
    }

    static void requireStatus(MaintenanceRef ref, MaintenanceStatus status, String verb, MaintenanceStatus... allowed) {
        requireNotFinished(ref, status);
        if (!Arrays.asList(allowed).contains(status)) {
            throw new CommandRefused("Only a window that is " + Arrays.stream(allowed).map(MaintenanceStatus::wireName)
                    .collect(Collectors.joining(" or ")) + " can " + verb + "; " + ref + " is " + status.wireName() + ".");
        }
    }

    static void requireNotFinished(MaintenanceRef ref, MaintenanceStatus status) {
        if (status.finished()) {
            throw new CommandRefused(ref + " is " + status.wireName() + ", so it can't be changed.");
        }
    }

    record Next(Instant startsAt, Instant endsAt, Recurrence recurrence, int skipped) {
    }

    /** The next occurrence that still lies ahead of {@code now}; occurrences missed entirely are skipped and counted. */
    static Optional<Next> nextOccurrence(Instant startsAt, Instant endsAt, Recurrence recurrence, Instant now) {
        Recurrence left = recurrence;
        Instant start = startsAt;
        Instant end = endsAt;
        int skipped = 0;
        while (left != null && left.remaining() > 0) {
            start = start.plus(left.frequency().period());
            end = end.plus(left.frequency().period());
            left = left.next();
            if (end.isAfter(now)) {
                return Optional.of(new Next(start, end, left, skipped));
            }
            skipped++;
        }
        return Optional.empty();
    }
}
