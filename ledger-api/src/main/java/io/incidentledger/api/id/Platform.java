package io.incidentledger.api.id;

/** The chat platform a command or message came from. */
public enum Platform {
    SLACK,
    TEAMS,
    API
}
