package io.incidentledger.core.adapter.out.postgres;

import static io.incidentledger.core.testdata.Commands.ORIGIN;
import static io.incidentledger.core.testdata.Commands.REF;
import static io.incidentledger.core.testdata.Commands.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.event.ChatMessageRecorded;
import io.incidentledger.api.event.TitleChanged;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.core.erasure.ChatKeys;
import io.incidentledger.core.erasure.MasterKey;
import io.incidentledger.core.erasure.SealingSerializer;
import io.incidentledger.core.testdata.CountingChatKeys;
import io.incidentledger.core.testdata.MemoryChatKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.junit.jupiter.api.Test;

/** A tracking processor's batch reads its chat keys once per incident, and its chat texts then open without a key query. */
class BatchChatKeysTest {

    private final MemoryChatKeys stored = new MemoryChatKeys();
    private final CountingChatKeys keys = new CountingChatKeys(stored);
    private final MasterKey master = MasterKey.fromBase64(MasterKey.generate());
    private final SealingSerializer writing = new SealingSerializer(LedgerJson.newMapper(), new ChatKeys(master, stored));
    private final SealingSerializer reading = new SealingSerializer(LedgerJson.newMapper(), new ChatKeys(master, keys));

    @Test
    void givenABatchOfChatFromTwoIncidents_whenItIsHandled_thenEachIncidentsKeysAreReadOnceAndNoTextAsksAgain() throws Exception {
        IncidentId first = IncidentId.of(UUID.randomUUID().toString());
        IncidentId second = IncidentId.of(UUID.randomUUID().toString());
        List<Object> said = new ArrayList<>();
        List<DomainEventData<?>> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            IncidentId incident = i % 2 == 0 ? first : second;
            Object event = i % 10 == 9
                    ? new TitleChanged(incident, REF, "Checkout errors", "Checkout errors " + i, ORIGIN, T0.plusSeconds(i))
                    : new ChatMessageRecorded(incident, REF, "1700." + UUID.randomUUID(), null, "line " + i, ORIGIN, T0.plusSeconds(i));
            said.add(event);
            rows.add(row(incident, i, event));
        }
        List<? extends DomainEventMessage<?>> batch = EventStreamUtils.asStream(EventStreamUtils.upcastAndDeserializeDomainEvents(
                rows.stream(), reading, NoOpEventUpcaster.INSTANCE)).toList();
        List<Object> handled = new ArrayList<>();

        keys.execute(transaction -> {
            var unitOfWork = new BatchingUnitOfWork<EventMessage<?>>(new ArrayList<>(batch));
            var interceptor = new BatchChatKeys(keys, reading);
            try {
                unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork, List.of(interceptor),
                        message -> handled.add(message.getPayload())).proceed());
            } catch (Exception failed) {
                throw new AssertionError(failed);
            }
            return null;
        });

        assertThat(handled).containsExactlyElementsOf(said);
        assertThat(keys.prefetches).as("one read per incident in the batch").isEqualTo(2);
        assertThat(keys.readsOneByOne).isZero();
    }

    @Test
    void givenABatchWithoutChat_whenItIsHandled_thenNoKeyIsRead() {
        IncidentId incident = IncidentId.of(UUID.randomUUID().toString());
        List<? extends DomainEventMessage<?>> batch = EventStreamUtils.asStream(EventStreamUtils.upcastAndDeserializeDomainEvents(
                List.<DomainEventData<?>>of(row(incident, 0, new TitleChanged(incident, REF, "Checkout errors", "Checkout errors in EU", ORIGIN, T0)))
                        .stream(), reading, NoOpEventUpcaster.INSTANCE)).toList();

        keys.execute(transaction -> {
            new BatchChatKeys(keys, reading).prefetch(batch);
            return null;
        });

        assertThat(keys.prefetches).isZero();
    }

    private GenericDomainEventEntry<byte[]> row(IncidentId incident, long sequence, Object event) {
        var payload = writing.serialize(event, byte[].class);
        return new GenericDomainEventEntry<>("Incident", incident.value(), sequence, UUID.randomUUID().toString(),
                T0.plusSeconds(sequence), payload.getType().getName(), payload.getType().getRevision(), payload.getData(),
                writing.serialize(MetaData.emptyInstance(), byte[].class).getData());
    }
}
