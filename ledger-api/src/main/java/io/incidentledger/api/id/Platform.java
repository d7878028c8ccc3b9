package io.incidentledger.api.id;

/** The chat platform a command or message came from. */
public enum Platform {
    SLACK,
    TEAMS,
    API,
    /** The incident console, acting as the signed-in person. */
    WEB
}
