package io.incidentledger.core.erasure;

import static io.incidentledger.core.testdata.Commands.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentledger.api.event.ChatMessageEdited;
import io.incidentledger.api.event.ChatMessageRecorded;
import io.incidentledger.api.event.ChatTextRedacted;
import io.incidentledger.api.event.InternalNoteAdded;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.core.testdata.MemoryChatKeys;
import java.nio.charset.StandardCharsets;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;

/** Chat text is stored sealed under its message's key, reads back in plain, and reads as the marker once erased. */
class SealingSerializerTest {

    private static final String SECRET = "the db password is hunter2";
    private final MemoryChatKeys keys = new MemoryChatKeys();
    private final MasterKey master = MasterKey.fromBase64(MasterKey.generate());
    private final SealingSerializer serializer = new SealingSerializer(LedgerJson.newMapper(), new ChatKeys(master, keys));

    @Test
    void sealedBytesHoldNoPlaintextAndReadBackAsTheRecord() {
        var said = new ChatMessageRecorded(INCIDENT, REF, "1700.1", null, SECRET, ORIGIN, T0);

        SerializedObject<byte[]> stored = serializer.serialize(said, byte[].class);

        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).doesNotContain("hunter2").contains("\"sealed\"");
        assertThat(stored.getType().getRevision()).isEqualTo("2");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(said);
    }

    @Test
    void givenAnotherInstanceKeyedTheMessageFirst_whenItIsSealedHere_thenTheKeptKeySealsItForEveryReader() {
        var first = new ChatMessageRecorded(INCIDENT, REF, "1700.1", null, "first", ORIGIN, T0);
        serializer.serialize(first, byte[].class);
        // a second instance over the same table, its own keys held unwrapped: its fresh key loses to the kept one
        var elsewhere = new SealingSerializer(LedgerJson.newMapper(), new ChatKeys(master, keys));
        var edited = new ChatMessageEdited(INCIDENT, REF, "1700.1", "first", SECRET, ORIGIN, T0);

        SerializedObject<byte[]> stored = elsewhere.serialize(edited, byte[].class);

        var third = new SealingSerializer(LedgerJson.newMapper(), new ChatKeys(master, keys));
        assertThat((Object) third.deserialize(stored)).isEqualTo(edited);
        assertThat((Object) elsewhere.deserialize(stored)).isEqualTo(edited);
    }

    @Test
    void anErasedKeyReadsAsTheMarkerInEveryFieldOfThatMessageOnly() {
        var edited = new ChatMessageEdited(INCIDENT, REF, "1700.1", SECRET, "rotated", ORIGIN, T0);
        var other = new ChatMessageRecorded(INCIDENT, REF, "1700.2", null, "db is slow", ORIGIN, T0);
        SerializedObject<byte[]> storedEdit = serializer.serialize(edited, byte[].class);
        SerializedObject<byte[]> storedOther = serializer.serialize(other, byte[].class);
        var redacted = new ChatTextRedacted(INCIDENT, REF, "1700.1", "secret", ORIGIN, T0);

        keys.erase(INCIDENT.value(), "1700.1", redacted.marker());

        assertThat((Object) serializer.deserialize(storedEdit)).isEqualTo(new ChatMessageEdited(INCIDENT, REF, "1700.1",
                "[redacted by ada at 2026-11-22T09:00:00Z]", "[redacted by ada at 2026-11-22T09:00:00Z]", ORIGIN, T0));
        assertThat((Object) serializer.deserialize(storedOther)).isEqualTo(other);
    }

    @Test
    void erasingAllChatReachesMessagesKeyedBeforeItAndNotThoseAfter() {
        SerializedObject<byte[]> before = serializer.serialize(
                new ChatMessageRecorded(INCIDENT, REF, "1700.1", null, SECRET, ORIGIN, T0), byte[].class);
        keys.erase(INCIDENT.value(), null, "[gone]");
        var after = new ChatMessageRecorded(INCIDENT, REF, "1700.3", null, "later", ORIGIN, T0);

        assertThat(((ChatMessageRecorded) serializer.deserialize(before)).text()).isEqualTo("[gone]");
        assertThat((Object) serializer.deserialize(serializer.serialize(after, byte[].class))).isEqualTo(after);
    }

    @Test
    void aTextSealedForOneMessageDoesNotOpenAsAnother() {
        SerializedObject<byte[]> stored = serializer.serialize(
                new ChatMessageRecorded(INCIDENT, REF, "1700.1", null, SECRET, ORIGIN, T0), byte[].class);
        String moved = new String(stored.getData(), StandardCharsets.UTF_8).replace("1700.1", "1700.9");
        keys.keep(INCIDENT.value(), "1700.9", keys.find(INCIDENT.value(), "1700.1").orElseThrow().wrapped());

        var forged = new SimpleSerializedObject<>(moved.getBytes(StandardCharsets.UTF_8),
                byte[].class, stored.getType());

        assertThatThrownBy(() -> serializer.deserialize(forged))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eventsWithoutChatTextAreStoredAsBefore() {
        var note = new InternalNoteAdded(INCIDENT, REF, "call the vendor", ORIGIN, T0);

        SerializedObject<byte[]> stored = serializer.serialize(note, byte[].class);

        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).contains("call the vendor");
        assertThat(stored.getType().getRevision()).isNull();
    }
}
