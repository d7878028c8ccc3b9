package io.incidentledger.core.domain;

import static io.incidentledger.api.id.IncidentStatus.*;
import static io.incidentledger.core.testdata.Actions.*;
import static io.incidentledger.core.testdata.Commands.*;
import static io.incidentledger.core.testdata.IncidentFixtures.*;

import io.incidentledger.api.command.*;
import io.incidentledger.api.event.*;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The chat record: messages, edits, deletes, pins and reactions, each at the message's own time. It closes with its
 * incident and opens again when the incident is reopened.
 */
class IncidentChatRecordTest {

    private static final String CLOSED_REFUSAL = "INC-42 is closed, so it can't be changed. Reopen it first: `reopen INC-42 <reason>`.";
    private final FixtureConfiguration<Incident> fixture = knowing();

    @Test
    void aMessageIsRecordedAtItsOwnTime() {
        fixture.given(declared()).when(say("1700.1", "db is slow", SAID))
                .expectEvents(said("1700.1", "db is slow", SAID));
    }

    @Test
    void theSameMessageTwiceIsRefused() {
        fixture.given(declared()).andGiven(said("1700.1", "db is slow", SAID)).when(say("1700.1", "db is slow", SAID))
                .expectNoEvents().expectExceptionMessage("Message 1700.1 is already in the record.");
    }

    @Test
    void aBatchRecordsEachNewMessageOnceAndSkipsThoseAlreadyInTheRecord() {
        fixture.given(declared()).andGiven(said("1700.1", "db is slow", SAID))
                .when(new RecordChatMessages(INCIDENT, List.of(say("1700.1", "db is slow", SAID),
                        say("1700.2", "failing over", SAID), say("1700.2", "failing over", SAID), say("1700.3", "done", SAID))))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(2)
                .expectEvents(said("1700.2", "failing over", SAID), said("1700.3", "done", SAID));
    }

    @Test
    void aBatchForAClosedIncidentIsRefusedWhole() {
        fixture.given(declared()).andGiven(statusChanged(INVESTIGATING, CLOSED, "done"))
                .when(new RecordChatMessages(INCIDENT, List.of(say("1700.2", "late", SAID))))
                .expectNoEvents().expectException(CommandRefused.class);
    }

    @Test
    void anEditKeepsTheEarlierText() {
        fixture.given(declared()).andGiven(said("1700.1", "db is slow", SAID))
                .when(new EditChatMessage(INCIDENT, "1700.1", "db is down", ORIGIN, null, T0))
                .expectEvents(new ChatMessageEdited(INCIDENT, REF, "1700.1", "db is slow", "db is down", ORIGIN, T0));
    }

    @Test
    void editingADeletedMessageIsRefused() {
        fixture.given(declared()).andGiven(said("9", "x", SAID), new ChatMessageDeleted(INCIDENT, REF, "9", "x", ORIGIN, T0))
                .when(new EditChatMessage(INCIDENT, "9", "y", ORIGIN, null, T0))
                .expectNoEvents().expectExceptionMessage("Message 9 was deleted.");
    }

    @Test
    void aDeleteIsRecordedNeverErasedAndCannotHappenTwice() {
        fixture.given(declared()).andGiven(said("1700.1", "password is hunter2", SAID))
                .when(new DeleteChatMessage(INCIDENT, "1700.1", ORIGIN, null, T0))
                .expectEvents(new ChatMessageDeleted(INCIDENT, REF, "1700.1", "password is hunter2", ORIGIN, T0));
        fixture.given(declared()).andGiven(said("1700.1", "x", SAID),
                        new ChatMessageDeleted(INCIDENT, REF, "1700.1", "x", ORIGIN, T0))
                .when(new DeleteChatMessage(INCIDENT, "1700.1", ORIGIN, null, T0))
                .expectNoEvents().expectExceptionMessage("Message 1700.1 was deleted.");
    }

    @Test
    void aPinIsStampedWithThePinnedMessagesTime() {
        fixture.given(declared()).andGiven(said("1700.1", "rolling back", SAID))
                .when(new PinMessage(INCIDENT, "1700.1", null, SAID, ORIGIN, null, T0))
                .expectEvents(new MessagePinned(INCIDENT, REF, "1700.1", "rolling back", SAID, ORIGIN, T0));
    }

    @Test
    void pinningTwiceOrUnpinningWhatIsNotPinnedIsRefused() {
        fixture.given(declared()).andGiven(new MessagePinned(INCIDENT, REF, "1", "x", SAID, ORIGIN, T0))
                .when(new PinMessage(INCIDENT, "1", "x", SAID, ORIGIN, null, T0))
                .expectNoEvents().expectExceptionMessage("Message 1 is already pinned.");
        fixture.given(declared()).when(new UnpinMessage(INCIDENT, "1", ORIGIN, null, T0))
                .expectNoEvents().expectExceptionMessage("Message 1 is not pinned.");
    }

    @Test
    void anUnpinIsRecorded() {
        fixture.given(declared()).andGiven(new MessagePinned(INCIDENT, REF, "1", "x", SAID, ORIGIN, T0))
                .when(new UnpinMessage(INCIDENT, "1", ORIGIN, null, T0))
                .expectEvents(new MessageUnpinned(INCIDENT, REF, "1", ORIGIN, T0));
    }

    @Test
    void aReactionCarriesTheMessageText() {
        fixture.given(declared()).andGiven(said("1700.1", "found it", SAID))
                .when(new AddReaction(INCIDENT, "1700.1", "pushpin", ORIGIN, null, T0))
                .expectEvents(new ReactionAdded(INCIDENT, REF, "1700.1", "pushpin", "found it", ORIGIN, T0));
    }

    @Test
    void nothingIsRecordedAfterClose() {
        fixture.given(declared()).andGiven(statusChanged(INVESTIGATING, CLOSED, "Closed."))
                .when(say("1700.9", "late", SAID)).expectNoEvents().expectException(CommandRefused.class);
    }

    @Test
    void everyChatCommandOnAClosedIncidentIsRefusedWithTheLifecycleSentence() {
        List<Object> commands = List.of(say("1700.9", "late", SAID),
                new RecordChatMessages(INCIDENT, List.of(say("1700.9", "late", SAID))),
                new EditChatMessage(INCIDENT, "1700.1", "db is down", ORIGIN, null, T0),
                new DeleteChatMessage(INCIDENT, "1700.1", ORIGIN, null, T0),
                new PinMessage(INCIDENT, "1700.2", "other", SAID, ORIGIN, null, T0),
                new UnpinMessage(INCIDENT, "1700.1", ORIGIN, null, T0),
                new AddReaction(INCIDENT, "1700.1", "eyes", ORIGIN, null, T0));
        for (Object command : commands) {
            fixture.given(declared()).andGiven(said("1700.1", "db is slow", SAID),
                            new MessagePinned(INCIDENT, REF, "1700.1", "db is slow", SAID, ORIGIN, T0),
                            statusChanged(INVESTIGATING, CLOSED, "Closed."))
                    .when(command).expectNoEvents().expectExceptionMessage(CLOSED_REFUSAL);
        }
    }

    @Test
    void aReopenedIncidentRecordsMessagesAgain() {
        fixture.given(declared()).andGiven(statusChanged(INVESTIGATING, CLOSED, "Closed."),
                        new IncidentReopened(INCIDENT, REF, CLOSED, "Errors again", ORIGIN, T0))
                .when(say("1700.1", "it's back", SAID)).expectEvents(said("1700.1", "it's back", SAID));
    }

    @Test
    void aResolvedIncidentStillRecordsMessagesBecauseOnlyClosingSealsTheRecord() {
        fixture.given(declared()).andGiven(statusChanged(INVESTIGATING, RESOLVED, "Fixed"))
                .when(say("1700.1", "confirmed", SAID)).expectEvents(said("1700.1", "confirmed", SAID));
    }
}
