package io.incidentledger.core.domain;

import static io.incidentledger.core.testdata.Actions.*;
import static io.incidentledger.core.testdata.Commands.*;
import static io.incidentledger.core.testdata.IncidentFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.command.EditChatMessage;
import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.api.event.ChatMessageEdited;
import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.history.HistoryPosition;
import io.incidentledger.api.history.LedgerHistory;
import io.incidentledger.api.history.MaintenanceRecord;
import io.incidentledger.api.maintenance.MaintenanceRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** A cached incident lives on, so its chat record holds a bounded number of texts and reads the others back. */
class IncidentChatTextsHeldTest {

    private final List<Object> ledger = new ArrayList<>();
    private final Ledger history = new Ledger();

    @Test
    void anEditOfAMessageWhoseTextIsNoLongerHeldReadsItsTextBackFromTheLedger() {
        var fixture = oneMessageMoreThanHeld();

        fixture.given(ledger).when(new EditChatMessage(INCIDENT, "1700.0", "line zero", ORIGIN, null, T0))
                .expectEvents(new ChatMessageEdited(INCIDENT, REF, "1700.0", "line 0", "line zero", ORIGIN, T0));
        assertThat(history.reads).as("the first message's text was let go of").isEqualTo(1);
    }

    @Test
    void anEditOfARecentMessageUsesTheTextHeld() {
        var fixture = oneMessageMoreThanHeld();
        String latest = "1700." + ChatRecord.TEXTS_HELD;

        fixture.given(ledger).when(new EditChatMessage(INCIDENT, latest, "last line", ORIGIN, null, T0))
                .expectEvents(new ChatMessageEdited(INCIDENT, REF, latest, "line " + ChatRecord.TEXTS_HELD, "last line", ORIGIN, T0));
        assertThat(history.reads).isZero();
    }

    private FixtureConfiguration<Incident> oneMessageMoreThanHeld() {
        ledger.addAll(List.of(declared()));
        for (int i = 0; i <= ChatRecord.TEXTS_HELD; i++) {
            ledger.add(said("1700." + i, "line " + i, SAID));
        }
        var fixture = new AggregateTestFixture<>(Incident.class);
        fixture.registerInjectableResource((ComponentCatalog) List::of);
        fixture.registerInjectableResource(history);
        return fixture;
    }

    /** The incident's events as the fixture was given them. */
    private final class Ledger implements LedgerHistory {

        int reads;

        @Override
        public void readIncident(String incidentId, Consumer<LedgerEvent> sink) {
            reads++;
            long sequence = 0;
            for (Object event : ledger) {
                sink.accept(new LedgerEvent("e" + sequence, INCIDENT, sequence++, T0, (IncidentEvent) event));
            }
        }

        @Override
        public HistoryPosition read(HistoryPosition after, Consumer<LedgerEvent> sink) {
            throw new UnsupportedOperationException();
        }

        @Override
        public HistoryPosition readByIncident(Consumer<List<LedgerEvent>> sink) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void readMaintenance(Instant upTo, Consumer<MaintenanceRecord> sink) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void readWindow(MaintenanceRef window, Consumer<MaintenanceRecord> sink) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long approximateSize() {
            return ledger.size();
        }
    }
}
