package io.incidentledger.api.audit;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentRef;
import java.time.Instant;

/**
 * The command history: every command a person ran, accepted or refused, with who, where, when, the raw text
 * and the outcome. Kept in the ledger beside, never inside, the incident's own stream, so a refusal changes no
 * incident. {@code ref} is null for commands that name no incident.
 */
public record CommandAttempted(
        IncidentRef ref,
        String command,
        String text,
        ChatOrigin by,
        String deliveryId,
        boolean accepted,
        String outcome,
        Instant at) {
}
