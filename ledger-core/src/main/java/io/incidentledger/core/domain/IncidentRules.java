package io.incidentledger.core.domain;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;

/** The lifecycle's rules, each failing with a sentence a person on call understands. */
final class IncidentRules {

    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_TEXT_LENGTH = 4000;

    private IncidentRules() {
    }

    static void requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new CommandRefused("An incident needs a title, for example: declare Checkout errors");
        }
        if (title.strip().length() > MAX_TITLE_LENGTH) {
            throw new CommandRefused(
                    "The title is too long: keep it under " + MAX_TITLE_LENGTH + " characters and put detail in the summary");
        }
    }

    static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new CommandRefused("Say what the " + what + " is: it can't be empty.");
        }
        if (text.strip().length() > MAX_TEXT_LENGTH) {
            throw new CommandRefused("The " + what + " is too long: keep it under " + MAX_TEXT_LENGTH + " characters.");
        }
        return text.strip();
    }

    static void requireNotClosed(IncidentRef ref, IncidentStatus status) {
        requireNotClosed(ref, status == IncidentStatus.CLOSED);
    }

    static void requireNotClosed(IncidentRef ref, boolean closed) {
        if (closed) {
            throw new CommandRefused(ref + " is closed, so it can't be changed. Reopen it first: `reopen " + ref
                    + " <reason>`.");
        }
    }

    /** Forward moves may skip steps; the only way back is resolved → investigating. */
    static void requireTransition(IncidentRef ref, IncidentStatus from, IncidentStatus to) {
        requireNotClosed(ref, from);
        if (to == IncidentStatus.CLOSED) {
            throw new CommandRefused("Close an incident with `close " + ref + "`.");
        }
        if (from == to) {
            throw new CommandRefused(ref + " is already " + to.wireName() + ".");
        }
        boolean forward = to.ordinal() > from.ordinal();
        boolean reopening = from == IncidentStatus.RESOLVED && to == IncidentStatus.INVESTIGATING;
        if (!forward && !reopening) {
            throw new CommandRefused(ref + " can't go back from " + from.wireName() + " to " + to.wireName()
                    + ": statuses move forward (investigating → identified → monitoring → resolved), and only a "
                    + "resolved incident can return to investigating.");
        }
    }
}
