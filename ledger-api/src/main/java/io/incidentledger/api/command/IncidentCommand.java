package io.incidentledger.api.command;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import java.time.Instant;

/**
 * What every command to an incident carries. The delivery id (Slack's event id, a Teams activity id) makes a
 * repeated delivery have exactly one effect.
 */
public interface IncidentCommand {

    IncidentId incidentId();

    ChatOrigin by();

    String deliveryId();

    Instant at();
}
