package io.incidentledger.ingest.adapter.out.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.ingest.testdata.StoredEvents;
import java.time.Instant;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;

/** Slack's outbound processor reads every event of the ledger and decodes only those that change a headline. */
class SlackOutboundHandlersTest {

    @Test
    void givenChatInAnIncident_whenTheOutboundProcessorReadsIt_thenNoEventIsDecoded() throws Exception {
        var events = new StoredEvents();
        // nothing behind it: a chat message that reached Slack's API or the directory would fail here
        var outbound = new AnnotationEventHandlerAdapter(new SlackOutbound(null, null, null, null, null));

        for (EventMessage<?> chat : events.chatInAFreshIncident(Instant.parse("2026-12-01T09:00:00Z"))) {
            outbound.handle(chat);
        }

        assertThat(events.decoded()).isZero();
    }
}
