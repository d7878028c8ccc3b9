package io.incidentledger.api.maintenance;

import io.incidentledger.api.id.ChatOrigin;
import java.time.Instant;

/**
 * What every maintenance command carries; the delivery id makes a repeated delivery (or the scheduler's second try)
 * have one effect. {@code at} is the moment the command was given: the rules about the past are judged against it.
 */
public interface MaintenanceCommand {

    ChatOrigin by();

    String deliveryId();

    Instant at();
}
