package io.incidentledger.core.domain;

import static io.incidentledger.api.id.IncidentStatus.*;
import static io.incidentledger.core.testdata.Actions.*;
import static io.incidentledger.core.testdata.Commands.*;

import io.incidentledger.api.command.*;
import io.incidentledger.api.event.*;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chat record follows its incident's lifecycle: it closes with the incident and opens again when it is reopened. */
class IncidentChatRecordClosingTest {

    private static final Instant SAID = Instant.parse("2026-11-22T09:05:00Z");
    private static final String REFUSAL = "INC-42 is closed, so it can't be changed. Reopen it first: `reopen INC-42 <reason>`.";
    private FixtureConfiguration<Incident> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Incident.class);
        fixture.registerInjectableResource((ComponentCatalog) List::of);
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
                    .when(command).expectNoEvents().expectExceptionMessage(REFUSAL);
        }
    }

    @Test
    void theCloseCommandClosesTheRecordForTheNextMessage() {
        fixture.given(declared()).when(close(null)).expectEvents(statusChanged(INVESTIGATING, CLOSED, "Closed."));
        fixture.given(declared()).andGiven(statusChanged(INVESTIGATING, CLOSED, "Closed."))
                .when(say("1700.1", "after", SAID)).expectNoEvents().expectExceptionMessage(REFUSAL);
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
