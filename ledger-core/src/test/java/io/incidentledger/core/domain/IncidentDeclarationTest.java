package io.incidentledger.core.domain;

import static io.incidentledger.core.testdata.Commands.INCIDENT;
import static io.incidentledger.core.testdata.Commands.ORIGIN;
import static io.incidentledger.core.testdata.Commands.T0;
import static io.incidentledger.core.testdata.Commands.declare;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.event.IncidentDeclared;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.Severity;
import io.incidentledger.core.application.DeclareIncidentHandler;
import io.incidentledger.core.application.IncidentNumbers;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IncidentDeclarationTest {

    private AggregateTestFixture<Incident> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Incident.class);
        fixture.registerAnnotatedCommandHandler(new DeclareIncidentHandler(fixture.getRepository(), new CountingNumbers(41)));
    }

    @Test
    void declaringOpensAnIncidentUnderTheNextReference() {
        fixture.givenNoPriorActivity()
                .when(declare("  Checkout errors "))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new IncidentRef(42))
                .expectEvents(new IncidentDeclared(INCIDENT, new IncidentRef(42), "Checkout errors", Severity.SEV2,
                        ORIGIN, T0));
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

    private static final class CountingNumbers implements IncidentNumbers {
        private final AtomicLong last;

        CountingNumbers(long last) {
            this.last = new AtomicLong(last);
        }

        @Override
        public IncidentRef next() {
            return new IncidentRef(last.incrementAndGet());
        }

        @Override
        public void register(IncidentRef ref, IncidentId incidentId, Instant declaredAt) {
        }
    }
}
