package io.incidentledger.core.domain;

import static io.incidentledger.core.testdata.Actions.*;
import static io.incidentledger.core.testdata.Commands.*;
import static io.incidentledger.core.testdata.IncidentFixtures.*;

import io.incidentledger.api.command.*;
import io.incidentledger.api.event.*;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** A change whose message is not recorded yet (its delivery timed out and is retried) is kept, and applied when the message arrives. */
class IncidentChatOutOfOrderTest {

    private final FixtureConfiguration<Incident> fixture = knowing();

    @Test
    void aDeleteBeforeItsMessageIsRecordedWithoutText() {
        fixture.given(declared()).when(new DeleteChatMessage(INCIDENT, "1700.1", ORIGIN, null, T0))
                .expectEvents(new ChatMessageDeleted(INCIDENT, REF, "1700.1", null, ORIGIN, T0));
    }

    @Test
    void aMessageWhoseDeleteCameFirstIsRecordedAsDeletedNeverAsLive() {
        fixture.given(declared()).andGiven(new ChatMessageDeleted(INCIDENT, REF, "1700.1", null, ORIGIN, T0))
                .when(say("1700.1", "key AKIA123", SAID))
                .expectEvents(new ChatMessageDeleted(INCIDENT, REF, "1700.1", "key AKIA123", ORIGIN, SAID));
    }

    @Test
    void aMessageWhoseDeleteCameFirstIsRecordedOnceThoughItsDeliveryRepeats() {
        fixture.given(declared()).andGiven(new ChatMessageDeleted(INCIDENT, REF, "1700.1", null, ORIGIN, T0),
                        new ChatMessageDeleted(INCIDENT, REF, "1700.1", "key AKIA123", ORIGIN, SAID))
                .when(new RecordChatMessages(INCIDENT, List.of(say("1700.1", "key AKIA123", SAID))))
                .expectResultMessagePayload(0).expectEvents();
    }

    @Test
    void aMessageWithoutTextWhoseDeleteCameFirstIsRecordedOnceToo() {
        fixture.given(declared()).andGiven(new ChatMessageDeleted(INCIDENT, REF, "1700.1", null, ORIGIN, T0))
                .when(say("1700.1", null, SAID))
                .expectEvents(new ChatMessageDeleted(INCIDENT, REF, "1700.1", "", ORIGIN, SAID));
        fixture.given(declared()).andGiven(new ChatMessageDeleted(INCIDENT, REF, "1700.1", null, ORIGIN, T0),
                        new ChatMessageDeleted(INCIDENT, REF, "1700.1", "", ORIGIN, SAID))
                .when(say("1700.1", null, SAID))
                .expectNoEvents().expectExceptionMessage("Message 1700.1 is already in the record.");
    }

    @Test
    void anEditBeforeItsMessageIsRecordedWithoutAnEarlierText() {
        fixture.given(declared()).when(new EditChatMessage(INCIDENT, "1700.1", "db is down", ORIGIN, null, T0))
                .expectEvents(new ChatMessageEdited(INCIDENT, REF, "1700.1", null, "db is down", ORIGIN, T0));
    }

    @Test
    void aMessageWhoseEditCameFirstIsRecordedAndTheEditAppliedToIt() {
        fixture.given(declared()).andGiven(new ChatMessageEdited(INCIDENT, REF, "1700.1", null, "db is down", ORIGIN, T0))
                .when(new RecordChatMessages(INCIDENT, List.of(say("1700.1", "db is slow", SAID))))
                .expectResultMessagePayload(1)
                .expectEvents(said("1700.1", "db is slow", SAID),
                        new ChatMessageEdited(INCIDENT, REF, "1700.1", "db is slow", "db is down", ORIGIN, SAID));
    }

    @Test
    void anEditBeforeItsMessageThatSaysWhatTheMessageSaysAddsNoSecondEdit() {
        fixture.given(declared()).andGiven(new ChatMessageEdited(INCIDENT, REF, "1700.1", null, "db is slow", ORIGIN, T0))
                .when(say("1700.1", "db is slow", SAID))
                .expectEvents(said("1700.1", "db is slow", SAID));
    }

    @Test
    void aLaterEditOfAMessageWhoseEditCameFirstKeepsTheRecordedText() {
        fixture.given(declared()).andGiven(new ChatMessageEdited(INCIDENT, REF, "1", null, "b", ORIGIN, T0),
                        said("1", "a", SAID), new ChatMessageEdited(INCIDENT, REF, "1", "a", "b", ORIGIN, SAID))
                .when(new EditChatMessage(INCIDENT, "1", "c", ORIGIN, null, T0))
                .expectEvents(new ChatMessageEdited(INCIDENT, REF, "1", "b", "c", ORIGIN, T0));
    }

    @Test
    void aMessageWhosePinCameFirstIsStillRecorded() {
        fixture.given(declared()).andGiven(new MessagePinned(INCIDENT, REF, "1700.1", "rolling back", SAID, ORIGIN, T0))
                .when(say("1700.1", "rolling back", SAID))
                .expectEvents(said("1700.1", "rolling back", SAID));
    }

    @Test
    void aMessageWhoseReactionCameFirstIsStillRecorded() {
        fixture.given(declared()).andGiven(new ReactionAdded(INCIDENT, REF, "1700.1", "pushpin", null, ORIGIN, T0))
                .when(say("1700.1", "found it", SAID))
                .expectEvents(said("1700.1", "found it", SAID));
    }
}
