package io.incidentledger.ingest.adapter.out.teams;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.ingest.testdata.StoredEvents;
import java.time.Instant;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;

/** Teams' outbound processor reads every event of the ledger and decodes only those that change a headline. */
class TeamsOutboundHandlersTest {

    @Test
    void givenChatInAnIncident_whenTheOutboundProcessorReadsIt_thenNoEventIsDecoded() throws Exception {
        var events = new StoredEvents();
        // nothing behind it: a chat message that reached the connector or the directory would fail here
        var outbound = new AnnotationEventHandlerAdapter(new TeamsOutbound(null, null, null, null));

        for (EventMessage<?> chat : events.chatInAFreshIncident(Instant.parse("2026-12-01T09:00:00Z"))) {
            outbound.handle(chat);
        }

        assertThat(events.decoded()).isZero();
    }
}
