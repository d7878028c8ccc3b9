package io.incidentledger.projections.flightrecorder;

import static io.incidentledger.projections.testdata.ScriptedIncident.ADA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentledger.api.LedgerTopics;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.api.testdata.RecordingDeadLetters;
import io.incidentledger.projections.testdata.ScriptedIncident;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class FlightRecorderFeedTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    private final RecordingDeadLetters parked = new RecordingDeadLetters(3, failure -> failure instanceof UncheckedIOException);
    private final List<FlightRecord> stored = new ArrayList<>();
    private final AtomicInteger offsets = new AtomicInteger();
    private final ScriptedIncident incident = new ScriptedIncident(11);

    @Test
    void anEventTheStoreRefusesIsParkedAfterTheLimitWhileTheRestOfItsBatchIsRecorded() {
        LedgerEvent declared = incident.declared("Feed drill", Severity.SEV3, T0);
        LedgerEvent refused = incident.note("the store refuses this one", ADA, T0.plusSeconds(1));
        LedgerEvent after = incident.note("after it", ADA, T0.plusSeconds(2));
        AtomicInteger triesOfRefused = new AtomicInteger();
        var feed = feed(records -> {
            if (records.stream().anyMatch(r -> r.eventId().equals(refused.eventId()))) {
                triesOfRefused.incrementAndGet();
                throw new IllegalArgumentException("mapper_parsing_exception");
            }
            stored.addAll(records);
        });

        feed.onEvents(List.of(record(declared), record(refused), record(after)));

        assertThat(stored).extracting(FlightRecord::eventId).containsExactly(declared.eventId(), after.eventId());
        assertThat(triesOfRefused).hasValue(1 + 3);
        assertThat(parked.list(0, 10)).singleElement().satisfies(letter -> {
            assertThat(letter.processor()).isEqualTo(FlightRecorderFeed.GROUP);
            assertThat(letter.eventId()).isEqualTo(refused.eventId());
            assertThat(letter.attempts()).isEqualTo(3);
            assertThat(letter.payload()).contains(refused.eventId(), "the store refuses this one");
        });
    }

    @Test
    void aStoreThatIsDownFailsTheWholeBatchForTheContainerToRetryAndParksNothing() {
        var feed = feed(records -> {
            throw new UncheckedIOException(new ConnectException("Connection refused"));
        });

        assertThatThrownBy(() -> feed.onEvents(List.of(record(incident.declared("Down", Severity.SEV3, T0)))))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(parked.list(0, 10)).isEmpty();
    }

    @Test
    void aRecordThatIsNoLedgerEventIsParkedAndTheBatchIsRecorded() {
        var feed = feed(stored::addAll);
        LedgerEvent declared = incident.declared("Unreadable neighbour", Severity.SEV3, T0);

        feed.onEvents(List.of(new ConsumerRecord<>(LedgerTopics.INCIDENT_EVENTS, 2, 41, incident.key(), null),
                record(declared)));

        assertThat(stored).extracting(FlightRecord::eventId).containsExactly(declared.eventId());
        assertThat(parked.list(0, 10)).singleElement().satisfies(letter ->
                assertThat(letter.eventId()).isEqualTo(LedgerTopics.INCIDENT_EVENTS + "-2@41"));
    }

    @Test
    void aRedactionRewritesItsIncidentsLinesAsTheEventStoreNowReadsThem() {
        LedgerEvent said = incident.message("m1", "token is hunter2", ADA, T0);
        LedgerEvent redaction = incident.redacted("m1", "secret", ADA, T0.plusSeconds(1));
        FlightRecord erased = new FlightRecord(said.eventId(), incident.key(), "INC-11", "chat_message_recorded", "U1", "ada",
                "slack", "C1", "[redacted by ada at 2026-11-22T09:00:01Z]", T0, null);
        var feed = new FlightRecorderFeed(stored::addAll, parked, LedgerJson.newMapper(),
                incidentId -> incidentId.equals(incident.key()) ? List.of(erased) : List.of());

        feed.onEvents(List.of(record(said), record(redaction)));

        assertThat(stored).extracting(FlightRecord::eventId).containsExactly(said.eventId(), redaction.eventId(), said.eventId());
        assertThat(stored).last().isEqualTo(erased);
    }

    private FlightRecorderFeed feed(FlightRecorder recorder) {
        return new FlightRecorderFeed(recorder, parked, LedgerJson.newMapper(), incidentId -> List.of());
    }

    private ConsumerRecord<String, LedgerEvent> record(LedgerEvent event) {
        return new ConsumerRecord<>(LedgerTopics.INCIDENT_EVENTS, 0, offsets.getAndIncrement(), event.incidentId().value(),
                event);
    }
}
