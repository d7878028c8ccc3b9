package io.incidentledger.status.history;

/**
 * Which incidents an output at an instant shows, so that {@code ?at=} reads only those from the page index: each
 * selection is checked against the fold of every event in PageAtInstantIT, output by output.
 */
public enum Shown {
    /** The outputs that show no resolved incident: those unresolved then, and the last changed for updated_at. */
    OPEN,
    /** The lists and feeds of the newest incidents, and the last changed. */
    NEWEST,
    /**
     * The HTML page: those unresolved then, the newest of the past list, those whose component changes colour the
     * uptime bars, and the last changed.
     */
    PAGE
}
