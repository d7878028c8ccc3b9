package io.incidentledger.core.domain;

import static io.incidentledger.core.testdata.Commands.ADA;
import static io.incidentledger.core.testdata.Commands.INCIDENT;
import static io.incidentledger.core.testdata.Commands.ORIGIN;
import static io.incidentledger.core.testdata.Commands.T0;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.command.DeclareIncident;
import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.api.event.ChannelLinked;
import io.incidentledger.api.event.ImpactChanged;
import io.incidentledger.api.event.IncidentDeclared;
import io.incidentledger.api.event.RoleAssigned;
import io.incidentledger.api.event.SummaryChanged;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentRole;
import io.incidentledger.api.id.Severity;
import io.incidentledger.core.application.DeclareIncidentHandler;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** A form declares with its summary and impact in one command: all of it is recorded, or nothing. */
class DeclarationWithTextsTest {

    private static final IncidentRef REF = new IncidentRef(7);
    private final AggregateTestFixture<Incident> fixture = new AggregateTestFixture<>(Incident.class);

    DeclarationWithTextsTest() {
        ComponentCatalog catalog = () -> List.of("API");
        fixture.registerInjectableResource(new io.incidentledger.core.testdata.NoPastReads());
        fixture.registerAnnotatedCommandHandler(new DeclareIncidentHandler(fixture.getRepository(), () -> REF, catalog));
    }

    @Test
    void aSummaryAndAnImpactGivenWithTheDeclarationAreRecordedWithIt() {
        fixture.givenNoPriorActivity()
                .when(declare(" Card payments fail ", "EU customers cannot pay"))
                .expectEvents(new IncidentDeclared(INCIDENT, REF, "Checkout errors", Severity.SEV2, ORIGIN, T0),
                        new RoleAssigned(INCIDENT, REF, IncidentRole.LEAD, ADA, null, ORIGIN, T0),
                        new ChannelLinked(INCIDENT, REF, "C0INC", ORIGIN, T0),
                        new SummaryChanged(INCIDENT, REF, null, "Card payments fail", ORIGIN, T0),
                        new ImpactChanged(INCIDENT, REF, null, "EU customers cannot pay", ORIGIN, T0));
    }

    @Test
    void aBlankSummaryIsNoSummary() {
        fixture.givenNoPriorActivity()
                .when(declare("  ", null))
                .expectEvents(new IncidentDeclared(INCIDENT, REF, "Checkout errors", Severity.SEV2, ORIGIN, T0),
                        new RoleAssigned(INCIDENT, REF, IncidentRole.LEAD, ADA, null, ORIGIN, T0),
                        new ChannelLinked(INCIDENT, REF, "C0INC", ORIGIN, T0));
    }

    @Test
    void anImpactTooLongRefusesTheWholeDeclarationAndAppendsNothing() {
        fixture.givenNoPriorActivity()
                .when(declare("fine", "x".repeat(4001)))
                .expectNoEvents()
                .expectException(CommandRefused.class)
                .expectExceptionMessage("The impact is too long: keep it under 4000 characters.");
    }

    private static DeclareIncident declare(String summary, String impact) {
        return new DeclareIncident(INCIDENT, "Checkout errors", Severity.SEV2, null, Map.of(), ORIGIN, "delivery-1", T0,
                summary, impact);
    }
}
