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
import io.incidentledger.core.erasure.SealedFields;
import io.incidentledger.core.erasure.SealingSerializer;
import io.incidentledger.core.testdata.CountingChatKeys;
import io.incidentledger.core.testdata.MemoryChatKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.junit.jupiter.api.Test;

/** The one-pass replay's decode of an incident reads its chat keys in one go, not one query per chat event. */
class IncidentRowsTest {

    private final MemoryChatKeys stored = new MemoryChatKeys();
    private final CountingChatKeys keys = new CountingChatKeys(stored);
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
        assertThat(SealedFields.messageIdOf("{\"origin\":{\"messageId\":\"x\"},\"messageId\":\"1700.1\"}".getBytes()))
                .isEqualTo("1700.1");
        assertThat(SealedFields.messageIdOf("{\"messageId\":null}".getBytes())).isEqualTo(ChatKeyStore.INCIDENT_WIDE);
        assertThat(SealedFields.messageIdOf("not json".getBytes())).isEqualTo(ChatKeyStore.INCIDENT_WIDE);
    }
}
