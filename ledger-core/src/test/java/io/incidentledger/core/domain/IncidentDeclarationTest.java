package io.incidentledger.core.domain;

import static io.incidentledger.core.testdata.Commands.ADA;
import static io.incidentledger.core.testdata.Commands.BOB;
import static io.incidentledger.core.testdata.Commands.INCIDENT;
import static io.incidentledger.core.testdata.Commands.ORIGIN;
import static io.incidentledger.core.testdata.Commands.T0;
import static io.incidentledger.core.testdata.Commands.declare;

import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.event.ChannelLinked;
import io.incidentledger.api.event.ComponentStatusChanged;
import io.incidentledger.api.event.IncidentDeclared;
import io.incidentledger.api.event.RoleAssigned;
import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentRole;
import io.incidentledger.api.id.Severity;
import io.incidentledger.core.application.DeclareIncidentHandler;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IncidentDeclarationTest {

    private static final IncidentRef REF = new IncidentRef(42);
    private final ComponentCatalog catalog = () -> List.of("API", "Checkout");
    private AggregateTestFixture<Incident> fixture;

    @BeforeEach
    void setUp() {
        var last = new AtomicLong(41);
        fixture = new AggregateTestFixture<>(Incident.class);
        fixture.registerInjectableResource(catalog);
        fixture.registerInjectableResource(new io.incidentledger.core.testdata.NoPastReads());
        fixture.registerAnnotatedCommandHandler(new DeclareIncidentHandler(fixture.getRepository(),
                () -> new IncidentRef(last.incrementAndGet()), catalog));
    }

    @Test
    void declaringOpensAnIncidentUnderTheNextReferenceLedByTheDeclarer() {
        fixture.givenNoPriorActivity()
                .when(declare("  Checkout errors "))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(REF)
                .expectEvents(new IncidentDeclared(INCIDENT, REF, "Checkout errors", Severity.SEV2, ORIGIN, T0),
                        new RoleAssigned(INCIDENT, REF, IncidentRole.LEAD, ADA, null, ORIGIN, T0),
                        new ChannelLinked(INCIDENT, REF, "C0INC", ORIGIN, T0));
    }

    @Test
    void declaringWithALeadAndComponentsAssignsAndMarksThem() {
        fixture.givenNoPriorActivity()
                .when(declare("Checkout errors", BOB, Map.of("checkout", ComponentStatus.MAJOR_OUTAGE)))
                .expectEvents(new IncidentDeclared(INCIDENT, REF, "Checkout errors", Severity.SEV2, ORIGIN, T0),
                        new RoleAssigned(INCIDENT, REF, IncidentRole.LEAD, BOB, null, ORIGIN, T0),
                        new ChannelLinked(INCIDENT, REF, "C0INC", ORIGIN, T0),
                        new ComponentStatusChanged(INCIDENT, REF, "Checkout", ComponentStatus.OPERATIONAL,
                                ComponentStatus.MAJOR_OUTAGE, ORIGIN, T0));
    }

    @Test
    void declaringWithAnUnknownComponentIsRefusedAndAppendsNothing() {
        fixture.givenNoPriorActivity()
                .when(declare("Checkout errors", null, Map.of("mainframe", ComponentStatus.MAJOR_OUTAGE)))
                .expectNoEvents()
                .expectException(CommandRefused.class)
                .expectExceptionMessage("There is no component called 'mainframe'. Known components: API, Checkout.");
    }

    @Test
    void declaringWithoutATitleIsRefusedAndAppendsNothing() {
        fixture.givenNoPriorActivity()
                .when(declare("   "))
                .expectNoEvents()
                .expectException(CommandRefused.class)
                .expectExceptionMessage("An incident needs a title, for example: declare Checkout errors");
    }

    @Test
    void declaringWithAnOverlongTitleIsRefused() {
        fixture.givenNoPriorActivity()
                .when(declare("x".repeat(201)))
                .expectNoEvents()
                .expectException(CommandRefused.class);
    }
}
