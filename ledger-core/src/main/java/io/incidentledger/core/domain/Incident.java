package io.incidentledger.core.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.incidentledger.api.command.CommandRefused;

import io.incidentledger.api.command.DeclareIncident;
import io.incidentledger.api.event.IncidentDeclared;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** One incident's lifecycle. Command handlers check a rule and apply an event; sourcing handlers only assign. */
@Aggregate
public class Incident {

    @AggregateIdentifier
    private IncidentId id;
    private IncidentStatus status;

    protected Incident() {
        // for Axon's event sourcing
    }

    /** Created by {@link io.incidentledger.core.application.DeclareIncidentHandler}, which allocates the reference. */
    public Incident(DeclareIncident command, IncidentRef ref) {
        IncidentRules.requireTitle(command.title());
        apply(new IncidentDeclared(command.incidentId(), ref, command.title().strip(), command.severity(),
                command.origin(), command.requestedAt()));
    }

    @EventSourcingHandler
    void on(IncidentDeclared event) {
        id = event.incidentId();
        status = IncidentStatus.INVESTIGATING;
    }

    IncidentStatus status() {
        return status;
    }
}
