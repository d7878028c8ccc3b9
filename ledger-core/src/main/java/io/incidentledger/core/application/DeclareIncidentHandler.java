package io.incidentledger.core.application;

import io.incidentledger.api.command.DeclareIncident;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.core.domain.Incident;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Declaring needs a number from outside the aggregate, so it is handled here: the number and the events commit
 * in one transaction, and the caller gets the new reference back.
 */
@Component
public class DeclareIncidentHandler {

    private final Repository<Incident> incidents;
    private final IncidentNumbers numbers;
    private final ComponentCatalog catalog;

    public DeclareIncidentHandler(@Qualifier("incidentRepository") Repository<Incident> incidents,
                                  IncidentNumbers numbers, ComponentCatalog catalog) {
        this.incidents = incidents;
        this.numbers = numbers;
        this.catalog = catalog;
    }

    @CommandHandler
    public IncidentRef handle(DeclareIncident command) throws Exception {
        IncidentRef ref = numbers.next();
        incidents.newInstance(() -> new Incident(command, ref, catalog));
        return ref;
    }
}
