package io.incidentledger.core.application;

import io.incidentledger.api.id.IncidentRef;

/** Allocates human references, unique across concurrent declarations and app instances. */
public interface IncidentNumbers {

    IncidentRef next();
}
