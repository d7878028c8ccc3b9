package io.incidentledger.core.application;

import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import java.time.Instant;

/** Allocates human references and remembers which incident each one names. */
public interface IncidentNumbers {

    IncidentRef next();

    void register(IncidentRef ref, IncidentId incidentId, Instant declaredAt);
}
