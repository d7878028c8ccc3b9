package io.incidentledger.core.domain;

import static io.incidentledger.core.testdata.Actions.*;
import static io.incidentledger.core.testdata.Commands.*;
import static io.incidentledger.core.testdata.IncidentFixtures.*;

import io.incidentledger.api.command.*;
import io.incidentledger.api.event.*;
import io.incidentledger.api.id.ChatText;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** Chat text is kept up to Slack's own limit; longer text is kept cut, with a mark, never refused or lost whole. */
class IncidentChatLimitsTest {

    private static final String LIMIT = "a".repeat(ChatText.MAX_LENGTH);
    private static final String CUT = LIMIT + "… [truncated: 12,345 more characters]";
    private final FixtureConfiguration<Incident> fixture = knowing();

    @Test
    void aMessageAtSlacksLimitIsRecordedWhole() {
        fixture.given(declared()).when(say("1", LIMIT, SAID)).expectEvents(said("1", LIMIT, SAID));
    }

    @Test
    void aLongerMessageIsRecordedCutWithAVisibleMark() {
        fixture.given(declared()).when(say("1", LIMIT + "b".repeat(12_345), SAID)).expectEvents(said("1", CUT, SAID));
    }

    @Test
    void aLongerMessageInABatchIsRecordedCutToo() {
        fixture.given(declared()).when(new RecordChatMessages(INCIDENT, List.of(say("1", LIMIT + "b".repeat(12_345), SAID))))
                .expectEvents(said("1", CUT, SAID));
    }

    @Test
    void aLongerEditIsRecordedCutAndItsEarlierTextIsTheBoundedOne() {
        fixture.given(declared()).andGiven(said("1", CUT, SAID))
                .when(new EditChatMessage(INCIDENT, "1", LIMIT + "c".repeat(12_345), ORIGIN, null, T0))
                .expectNoEvents().expectExceptionMessage("Message 1 already says that.");
        fixture.given(declared()).andGiven(said("1", "short", SAID))
                .when(new EditChatMessage(INCIDENT, "1", LIMIT + "c".repeat(12_345), ORIGIN, null, T0))
                .expectEvents(new ChatMessageEdited(INCIDENT, REF, "1", "short", CUT, ORIGIN, T0));
    }

    @Test
    void aLongerPinnedTextOfAMessageNotRecordedIsKeptCut() {
        fixture.given(declared()).when(new PinMessage(INCIDENT, "1", LIMIT + "d".repeat(12_345), SAID, ORIGIN, null, T0))
                .expectEvents(new MessagePinned(INCIDENT, REF, "1", CUT, SAID, ORIGIN, T0));
    }
}
