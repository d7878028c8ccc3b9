package io.incidentledger.core.domain;

/** A command broke a lifecycle rule. Nothing was appended; the message is shown to the person who asked. */
public class IncidentRuleViolation extends RuntimeException {

    public IncidentRuleViolation(String message) {
        super(message);
    }
}
