package io.incidentledger.core.adapter.out.postgres;

import static io.incidentledger.api.id.IncidentStatus.IDENTIFIED;
import static io.incidentledger.api.id.IncidentStatus.INVESTIGATING;
import static io.incidentledger.core.testdata.Actions.*;
import static io.incidentledger.core.testdata.Commands.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.event.*;
import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.api.id.IncidentRole;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.core.domain.Incident;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A snapshot must read back into exactly the incident it was taken of, or a later command is judged wrongly. */
class IncidentSnapshotFormatTest {

    private static final Instant SAID = Instant.parse("2026-11-22T09:05:00Z");
    private FixtureConfiguration<Incident> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Incident.class);
        fixture.registerInjectableResource((ComponentCatalog) () -> List.of("api", "checkout"));
        fixture.registerInjectableResource(new io.incidentledger.core.testdata.NoPastReads());
    }

    @Test
    void anIncidentWithEveryKindOfStateReadsBackFieldForField() {
        Incident original = richIncident();
        Serializer snapshots = EventStoreConfiguration.snapshotSerializer();

        SerializedObject<byte[]> stored = snapshots.serialize(original, byte[].class);
        Incident restored = snapshots.deserialize(stored);

        // the chat texts are left out (read back from the ledger when a command needs one): the rest is all there
        assertThat(restored).usingRecursiveComparison().withStrictTypeChecking().ignoringFields("chat.texts").isEqualTo(original);
        assertThat(new String(stored.getData())).contains("1700.2", "major_outage", "U0BOB", "editedBeforeRecorded", "withText");
    }

    @Test
    void aSnapshotHoldsNoChatTextOnlyWhichMessagesHaveOne() {
        SerializedObject<byte[]> stored = EventStoreConfiguration.snapshotSerializer().serialize(richIncident(), byte[].class);

        assertThat(new String(stored.getData())).doesNotContain("db is slow", "db is down", "hunter2", "failing over")
                .contains("\"withText\":[\"1700.3\",\"1700.2\",\"1700.1\"]");
    }

    @Test
    void theStoredFormatOfRevisionFiveIsUnchanged() throws Exception {
        var json = new ObjectMapper();

        byte[] stored = EventStoreConfiguration.snapshotSerializer().serialize(richIncident(), byte[].class).getData();

        // fails when Incident's fields change: then raise Incident.STATE_REVISION and store the new format beside
        assertThat(json.readTree(stored)).isEqualTo(json.readTree(getClass().getResource("/snapshots/incident-revision-5.json")));
    }

    @Test
    void aSnapshotThatNoLongerFitsTheClassIsSkippedSoTheIncidentLoadsFromItsEvents() throws Exception {
        Serializer snapshots = EventStoreConfiguration.snapshotSerializer();
        SerializedObject<byte[]> fits = snapshots.serialize(richIncident(), byte[].class);
        byte[] renamed = new String(fits.getData()).replace("\"severity\"", "\"priority\"").getBytes();

        assertThat(ChainedEventStorageEngine.readable(decodable(snapshotOf(fits.getData(), fits), snapshots))).isTrue();
        assertThat(ChainedEventStorageEngine.readable(decodable(snapshotOf(renamed, fits), snapshots))).isFalse();
    }

    @Test
    void aSnapshotIsDecodedOnceTheIncidentIsBuiltFromTheCopyTheReadabilityCheckDecoded() {
        Serializer snapshots = EventStoreConfiguration.snapshotSerializer();
        SerializedObject<byte[]> fits = snapshots.serialize(richIncident(), byte[].class);
        var decodes = new java.util.concurrent.atomic.AtomicInteger();
        Serializer counting = (Serializer) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Serializer.class}, (proxy, method, args) -> {
                    if (method.getName().equals("deserialize")) {
                        decodes.incrementAndGet();
                    }
                    return method.invoke(snapshots, args);
                });
        DomainEventMessage<?> snapshot = decodable(snapshotOf(fits.getData(), fits), counting);

        assertThat(ChainedEventStorageEngine.readable(snapshot)).isTrue();
        Object checked = snapshot.getPayload();

        assertThat(snapshot.getPayload()).isSameAs(checked).isInstanceOf(Incident.class);
        assertThat(decodes).hasValue(1);
    }

    @Test
    void theSnapshotNamesTheStateRevisionSoAChangedShapeIgnoresOldSnapshots() {
        Serializer snapshots = EventStoreConfiguration.snapshotSerializer();

        SerializedObject<byte[]> stored = snapshots.serialize(incidentAfter(), byte[].class);

        assertThat(stored.getType().getRevision()).isEqualTo("5");
    }

    @Test
    void aRevisionTwoSnapshotIsIgnoredByItsRevisionAndNoLongerReadsSinceTheChatTextsLeftTheSnapshot() throws Exception {
        Serializer snapshots = EventStoreConfiguration.snapshotSerializer();
        SerializedObject<byte[]> current = snapshots.serialize(richIncident(), byte[].class);
        byte[] revisionTwo = getClass().getResourceAsStream("/snapshots/incident-revision-2.json").readAllBytes();
        var stored = new GenericDomainEventEntry<>("Incident", INCIDENT.value(), 50, "snapshot-2", T0,
                current.getType().getName(), "2", revisionTwo, "{}".getBytes());
        SnapshotFilter axon = DefaultConfigurer.defaultConfiguration().configureAggregate(Incident.class)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine()).buildConfiguration().snapshotFilter();

        // its revision alone keeps it from loading with a chat record that has no ref; its chat texts are unknown now too
        assertThat(ChainedEventStorageEngine.readable(decodable(stored, snapshots))).isFalse();
        assertThat(axon.allow(stored)).isFalse();
        assertThat(axon.allow(snapshotOf(current.getData(), current))).isTrue();
    }

    @Test
    void aClosedIncidentsSnapshotKeepsItsChatRecordClosed() throws Exception {
        var closed = new AtomicReference<Incident>();
        fixture.given(declared()).when(close(null)).expectState(closed::set);
        Serializer snapshots = EventStoreConfiguration.snapshotSerializer();

        SerializedObject<byte[]> stored = snapshots.serialize(closed.get(), byte[].class);
        Incident restored = snapshots.deserialize(stored);

        // the chat record refuses messages by its own copy of the closed state, so that copy must survive a snapshot
        assertThat(new ObjectMapper().readTree(stored.getData()).at("/chat/closed").asBoolean()).isTrue();
        assertThat(restored).usingRecursiveComparison().withStrictTypeChecking().isEqualTo(closed.get());
    }

    private Incident richIncident() {
        return incidentAfter(
                statusChanged(INVESTIGATING, IDENTIFIED, "found it"),
                new IncidentAcknowledged(INCIDENT, REF, ORIGIN, T0),
                new SeverityChanged(INCIDENT, REF, Severity.SEV2, Severity.SEV1, ORIGIN, T0),
                new TitleChanged(INCIDENT, REF, "Checkout errors", "Checkout down", ORIGIN, T0),
                new SummaryChanged(INCIDENT, REF, null, "Payments fail", ORIGIN, T0),
                new RoleAssigned(INCIDENT, REF, IncidentRole.COMMS, BOB, null, ORIGIN, T0),
                componentChanged("checkout", ComponentStatus.OPERATIONAL, ComponentStatus.MAJOR_OUTAGE),
                said("1700.1", "db is slow", SAID),
                new ChatMessageEdited(INCIDENT, REF, "1700.1", "db is slow", "db is down", ORIGIN, T0),
                said("1700.2", "password is hunter2", SAID),
                new ChatMessageDeleted(INCIDENT, REF, "1700.2", "password is hunter2", ORIGIN, T0),
                new MessagePinned(INCIDENT, REF, "1700.1", "db is down", SAID, ORIGIN, T0),
                new ChatMessageEdited(INCIDENT, REF, "1700.3", null, "failing over", ORIGIN, T0),
                actionAdded(1, "add an alert"),
                actionAdded(2, "write the runbook"),
                new FollowUpActionCompleted(INCIDENT, REF, 1, ORIGIN, T0));
    }

    private static DomainEventData<byte[]> snapshotOf(byte[] payload, SerializedObject<byte[]> like) {
        return new GenericDomainEventEntry<>("Incident", INCIDENT.value(), 50, "snapshot-1", T0, like.getType().getName(),
                like.getType().getRevision(), payload, "{}".getBytes());
    }

    private static DomainEventMessage<?> decodable(DomainEventData<byte[]> stored, Serializer serializer) {
        return (DomainEventMessage<?>) org.axonframework.eventsourcing.EventStreamUtils.upcastAndDeserializeDomainEvents(
                java.util.stream.Stream.of(stored), serializer, org.axonframework.serialization.upcasting.event.NoOpEventUpcaster.INSTANCE)
                .next();
    }

    private Incident incidentAfter(Object... events) {
        var captured = new AtomicReference<Incident>();
        fixture.given(declared()).andGiven(events).when(note("anything")).expectState(captured::set);
        return captured.get();
    }
}
