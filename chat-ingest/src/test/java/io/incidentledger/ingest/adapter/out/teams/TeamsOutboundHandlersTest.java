package io.incidentledger.ingest.adapter.out.teams;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.event.ChatMessageRecorded;
import io.incidentledger.api.event.ReactionAdded;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.Platform;
import io.incidentledger.ingest.testdata.StoredEvents;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.junit.jupiter.api.Test;

/** Teams' outbound processor reads every event of the ledger and decodes only those that change a headline. */
class TeamsOutboundHandlersTest {

    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void givenChatInAnIncident_whenTheOutboundProcessorReadsIt_thenNoEventIsDecoded() throws Exception {
        var events = new StoredEvents();
        // nothing behind it: a chat message that reached the connector or the directory would fail here
        var outbound = new AnnotationEventHandlerAdapter(new TeamsOutbound(null, null, null, null));
        IncidentId incident = IncidentId.of(UUID.randomUUID().toString());
        var by = new ChatOrigin(Platform.SLACK, "C0INC", new ChatUser("U0ADA", "Ada"));

        outbound.handle(events.stored(new ChatMessageRecorded(incident, new IncidentRef(3), "1700.1", null,
                "db pool exhausted", by, AT), AT));
        outbound.handle(events.stored(new ReactionAdded(incident, new IncidentRef(3), "1700.1", "eyes",
                "db pool exhausted", by, AT), AT));

        assertThat(events.decoded()).isZero();
    }
}
