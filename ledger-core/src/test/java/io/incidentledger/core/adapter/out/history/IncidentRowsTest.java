package io.incidentledger.core.adapter.out.history;

import static io.incidentledger.core.testdata.Commands.INCIDENT;
import static io.incidentledger.core.testdata.Commands.ORIGIN;
import static io.incidentledger.core.testdata.Commands.REF;
import static io.incidentledger.core.testdata.Commands.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.event.ChatMessageRecorded;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.core.erasure.ChatKeyStore;
import io.incidentledger.core.erasure.ChatKeys;
import io.incidentledger.core.erasure.MasterKey;
import io.incidentledger.core.erasure.SealingSerializer;
import io.incidentledger.core.testdata.MemoryChatKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/** The one-pass replay's decode of an incident reads its chat keys in one go, not one query per chat event. */
class IncidentRowsTest {

    private final MemoryChatKeys stored = new MemoryChatKeys();
    private final CountingKeys keys = new CountingKeys(stored);
    private final MasterKey master = MasterKey.fromBase64(MasterKey.generate());
    private final SealingSerializer sealing = new SealingSerializer(LedgerJson.newMapper(), new ChatKeys(master, stored));
    private final IncidentRows rows = new IncidentRows(new SealingSerializer(LedgerJson.newMapper(),
            new ChatKeys(master, keys)), NoOpEventUpcaster.INSTANCE, keys, keys);

    @Test
    void anIncidentOfFiftyChatMessagesIsDecodedWithOneReadOfItsKeys() {
        List<ChatMessageRecorded> said = new ArrayList<>();
        List<DomainEventData<?>> incident = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            var message = new ChatMessageRecorded(INCIDENT, REF, "1700." + i, null, "line " + i, ORIGIN, T0.plusSeconds(i));
            said.add(message);
            var payload = sealing.serialize(message, byte[].class);
            incident.add(new GenericDomainEventEntry<>("Incident", INCIDENT.value(), i, UUID.randomUUID().toString(),
                    T0.plusSeconds(i), payload.getType().getName(), payload.getType().getRevision(), payload.getData(),
                    sealing.serialize(MetaData.emptyInstance(), byte[].class).getData()));
        }

        List<LedgerEvent> decoded = rows.decode(incident);

        assertThat(decoded).extracting(LedgerEvent::event).containsExactlyElementsOf(said);
        assertThat(keys.prefetches).isEqualTo(1);
        assertThat(keys.readsOneByOne).isZero();
    }

    @Test
    void theMessageIdIsReadFromThePayloadsTopLevelOnly() {
        assertThat(IncidentRows.messageIdOf("{\"origin\":{\"messageId\":\"x\"},\"messageId\":\"1700.1\"}".getBytes()))
                .isEqualTo("1700.1");
        assertThat(IncidentRows.messageIdOf("{\"messageId\":null}".getBytes())).isEqualTo(ChatKeyStore.INCIDENT_WIDE);
        assertThat(IncidentRows.messageIdOf("not json".getBytes())).isEqualTo(ChatKeyStore.INCIDENT_WIDE);
    }

    /** Reads ahead only inside a transaction, as the JDBC store does, and counts the reads that reach the store. */
    private static final class CountingKeys implements ChatKeyStore, TransactionOperations {

        private final ChatKeyStore store;
        private Map<String, Optional<StoredKey>> prefetched;
        int prefetches;
        int readsOneByOne;

        CountingKeys(ChatKeyStore store) {
            this.store = store;
        }

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            prefetched = new HashMap<>();
            try {
                return action.doInTransaction(null);
            } finally {
                prefetched = null;
            }
        }

        @Override
        public void prefetch(String incidentId, Collection<String> messageIds) {
            if (prefetched != null) {
                prefetches++;
                messageIds.forEach(id -> prefetched.put(id, store.find(incidentId, id)));
            }
        }

        @Override
        public Optional<StoredKey> find(String incidentId, String messageId) {
            if (prefetched != null && prefetched.containsKey(messageId)) {
                return prefetched.get(messageId);
            }
            readsOneByOne++;
            return store.find(incidentId, messageId);
        }

        @Override
        public StoredKey keep(String incidentId, String messageId, byte[] wrapped) {
            return store.keep(incidentId, messageId, wrapped);
        }

        @Override
        public void erase(String incidentId, String messageId, String marker) {
            store.erase(incidentId, messageId, marker);
        }
    }
}
