package io.incidentledger.projections.maintenance;

import java.util.List;

/** Every maintenance window as it stands now, newest first: what the live page, its JSON and the schedule read. */
public interface MaintenanceViews {

    List<MaintenanceView> all();
}
