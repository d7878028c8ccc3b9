package io.incidentledger.projections.status;

import io.incidentledger.api.id.ComponentStatus;
import java.time.Instant;

/**
 * A component's status from {@code at} on, as one source (an incident, later a maintenance) gives it. The uptime
 * fold takes a time-ordered list of these.
 */
public record ComponentChange(String component, ComponentStatus status, Instant at) {
}
