package io.incidentledger.api.id;

/** The free-text fields of an incident that people edit. */
public enum IncidentTextField {
    TITLE,
    SUMMARY,
    IMPACT
}
