package io.incidentledger.core.domain;

import static io.incidentledger.api.id.IncidentStatus.*;
import static io.incidentledger.core.testdata.Actions.*;
import static io.incidentledger.core.testdata.Commands.*;
import static io.incidentledger.core.testdata.IncidentFixtures.*;

import io.incidentledger.api.command.*;
import io.incidentledger.api.event.*;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * {@code redact}: one message's text, or all of the incident's chat, erased for good. Who may redact (the lead or an
 * admin) is the command language's policy, checked before the command reaches the incident; here are its rules.
 */
class IncidentChatRedactionTest {

    private static final String MARKER = "[redacted by ada at 2026-11-22T09:00:00Z]";
    private final FixtureConfiguration<Incident> fixture = knowing();

    @Test
    void aRecordedMessageIsRedactedWithWhoWhyAndWhen() {
        fixture.given(declared()).andGiven(said("1700.1", "password is hunter2", SAID))
                .when(new RedactChatText(INCIDENT, "1700.1", "pasted a secret", ORIGIN, null, T0))
                .expectEvents(new ChatTextRedacted(INCIDENT, REF, "1700.1", "pasted a secret", ORIGIN, T0));
    }

    @Test
    void anUnknownMessageCannotBeRedacted() {
        fixture.given(declared()).andGiven(said("1700.1", "db is slow", SAID))
                .when(new RedactChatText(INCIDENT, "1700.9", "typo", ORIGIN, null, T0))
                .expectNoEvents().expectExceptionMessage("Message 1700.9 is not in INC-42's record.");
    }

    @Test
    void aRedactedMessageCannotBeRedactedTwice() {
        fixture.given(declared()).andGiven(said("1700.1", "hunter2", SAID),
                        new ChatTextRedacted(INCIDENT, REF, "1700.1", "secret", ORIGIN, T0))
                .when(new RedactChatText(INCIDENT, "1700.1", "again", ORIGIN, null, T0))
                .expectNoEvents().expectExceptionMessage("Message 1700.1 is already redacted.");
    }

    @Test
    void allOfTheChatIsRedactedAtOnce() {
        fixture.given(declared()).andGiven(said("1700.1", "a", SAID), said("1700.2", "b", SAID))
                .when(new RedactChatText(INCIDENT, null, "personal data", ORIGIN, null, T0))
                .expectEvents(new ChatTextRedacted(INCIDENT, REF, null, "personal data", ORIGIN, T0));
    }

    @Test
    void anIncidentWithoutChatHasNothingToRedact() {
        fixture.given(declared()).when(new RedactChatText(INCIDENT, null, "personal data", ORIGIN, null, T0))
                .expectNoEvents().expectExceptionMessage("INC-42 has no chat to redact.");
    }

    @Test
    void aClosedIncidentCanStillBeRedacted() {
        fixture.given(declared()).andGiven(said("1700.1", "hunter2", SAID), statusChanged(INVESTIGATING, CLOSED, "done"))
                .when(new RedactChatText(INCIDENT, "1700.1", "secret", ORIGIN, null, T0))
                .expectEvents(new ChatTextRedacted(INCIDENT, REF, "1700.1", "secret", ORIGIN, T0));
    }

    @Test
    void aPinAfterTheRedactionCarriesTheMarkerNotTheText() {
        fixture.given(declared()).andGiven(said("1700.1", "hunter2", SAID),
                        new ChatTextRedacted(INCIDENT, REF, "1700.1", "secret", ORIGIN, T0))
                .when(new PinMessage(INCIDENT, "1700.1", "hunter2", SAID, ORIGIN, null, T0))
                .expectEvents(new MessagePinned(INCIDENT, REF, "1700.1", MARKER, SAID, ORIGIN, T0));
    }
}
