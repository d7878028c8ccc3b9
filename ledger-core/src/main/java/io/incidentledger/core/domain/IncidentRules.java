package io.incidentledger.core.domain;

import io.incidentledger.api.command.CommandRefused;

/** The lifecycle's rules, each failing with a sentence a person on call understands. */
final class IncidentRules {

    static final int MAX_TITLE_LENGTH = 200;

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
}
