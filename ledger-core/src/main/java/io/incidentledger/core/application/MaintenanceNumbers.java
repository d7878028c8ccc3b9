package io.incidentledger.core.application;

import io.incidentledger.api.maintenance.MaintenanceRef;

/** Allocates maintenance references, unique across app instances. */
public interface MaintenanceNumbers {

    MaintenanceRef next();
}
