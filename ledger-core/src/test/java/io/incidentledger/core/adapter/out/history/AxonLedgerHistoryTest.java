package io.incidentledger.core.adapter.out.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.event.IncidentDeclared;
import io.incidentledger.api.event.InternalNoteAdded;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.id.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

class AxonLedgerHistoryTest {

    private static final ChatOrigin ADA = new ChatOrigin(Platform.SLACK, "C1", new ChatUser("U1", "ada"));
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final AxonLedgerHistory history = new AxonLedgerHistory(storage, null);

    @Test
    void anIncidentReadAfterASequenceHandsOutOnlyItsLaterEventsInOrder() {
        IncidentId incident = IncidentId.random();
        IncidentId other = IncidentId.random();
        append(incident, 0, new IncidentDeclared(incident, new IncidentRef(1), "Slow", Severity.SEV2, ADA, T0));
        append(other, 0, new IncidentDeclared(other, new IncidentRef(2), "Other", Severity.SEV3, ADA, T0));
        for (long sequence = 1; sequence <= 4; sequence++) {
            append(incident, sequence, new InternalNoteAdded(incident, new IncidentRef(1), "note " + sequence, ADA,
                    T0.plusSeconds(sequence)));
        }

        List<LedgerEvent> after = new ArrayList<>();
        history.readIncident(incident.value(), 2, after::add);
        List<LedgerEvent> all = new ArrayList<>();
        history.readIncident(incident.value(), -1, all::add);

        assertThat(after).extracting(LedgerEvent::sequence).containsExactly(3L, 4L);
        assertThat(after).allSatisfy(event -> assertThat(event.incidentId()).isEqualTo(incident));
        assertThat(all).extracting(LedgerEvent::sequence).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(after).isEqualTo(all.subList(3, 5));
    }

    private void append(IncidentId incident, long sequence, Object event) {
        storage.appendEvents(new GenericDomainEventMessage<>("Incident", incident.value(), sequence, event));
    }
}
