package io.incidentledger.core.application;

import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.api.maintenance.MaintenanceRef;
import io.incidentledger.api.maintenance.ScheduleMaintenance;
import io.incidentledger.core.domain.Maintenance;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Like declaring: the number comes from outside the aggregate and commits with its events; the caller gets the ref. */
@Component
public class ScheduleMaintenanceHandler {

    private final Repository<Maintenance> windows;
    private final MaintenanceNumbers numbers;
    private final ComponentCatalog catalog;

    public ScheduleMaintenanceHandler(@Qualifier("maintenanceRepository") Repository<Maintenance> windows,
                                      MaintenanceNumbers numbers, ComponentCatalog catalog) {
        this.windows = windows;
        this.numbers = numbers;
        this.catalog = catalog;
    }

    @CommandHandler
    public MaintenanceRef handle(ScheduleMaintenance command) throws Exception {
        MaintenanceRef ref = numbers.next();
        windows.newInstance(() -> new Maintenance(command, ref, catalog));
        return ref;
    }
}
