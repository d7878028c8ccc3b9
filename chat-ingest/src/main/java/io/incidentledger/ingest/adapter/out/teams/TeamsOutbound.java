package io.incidentledger.ingest.adapter.out.teams;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.command.LinkChannel;
import io.incidentledger.api.event.IncidentDeclared;
import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.query.FindIncident;
import io.incidentledger.api.query.IncidentSummary;
import io.incidentledger.ingest.application.HeadlineEvents;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.LoggerFactory;

/**
 * The conversation bridge, driven by the ledger like the Slack side: a thread per Teams-declared incident in the
 * incident channel, whose card is updated in place after each change. The token in PostgreSQL is the outbox.
 */
@ProcessingGroup(TeamsOutbound.PROCESSING_GROUP)
class TeamsOutbound {

    static final String PROCESSING_GROUP = "teams-outbound";

    private final TeamsConnector connector;
    private final TeamsThreads threads;
    private final QueryGateway queries;
    private final CommandGateway commands;

    TeamsOutbound(TeamsConnector connector, TeamsThreads threads, QueryGateway queries, CommandGateway commands) {
        this.connector = connector;
        this.threads = threads;
        this.queries = queries;
        this.commands = commands;
    }

    @EventHandler
    void on(IncidentDeclared declared) throws Exception {
        if (declared.by().platform() != Platform.TEAMS) {
            return;
        }
        String incidentId = declared.incidentId().value();
        if (threads.find(incidentId).isEmpty()) {
            var created = connector.createThread(TeamsCard.activity(summary(declared)));
            threads.created(incidentId, new TeamsThreads.Thread(created.getId(), created.getActivityId(),
                    connector.serviceUrl()), declared.at());
        }
        var thread = threads.find(incidentId).orElseThrow();
        try {
            commands.sendAndWait(new LinkChannel(declared.incidentId(), thread.conversationId(),
                    new ChatOrigin(Platform.TEAMS, thread.conversationId(), declared.by().user()),
                    "teams-thread-" + incidentId, declared.at()));
        } catch (CommandRefused refused) {
            // closed before we caught up: nothing to link, and no reason to stop every later event
            LoggerFactory.getLogger(TeamsOutbound.class).info("Not linking the thread to {}: {}", declared.ref(), refused.getMessage());
        }
    }

    // the most specific handler wins, so a declaration never lands here; the message, not its payload, so that an
    // event that changes no headline (every chat message) is never decoded
    @EventHandler(payloadType = IncidentEvent.class)
    void on(EventMessage<?> message) throws Exception {
        if (HeadlineEvents.changesHeadline(message.getPayloadType())) {
            refresh((IncidentEvent) message.getPayload());
        }
    }

    private void refresh(IncidentEvent event) throws Exception {
        var thread = threads.find(event.incidentId().value());
        if (thread.isPresent() && thread.get().activityId() != null) {
            connector.updateCard(thread.get().conversationId(), thread.get().activityId(), TeamsCard.activity(summary(event)));
        }
    }

    private IncidentSummary summary(IncidentEvent event) {
        return queries.query(new FindIncident(event.ref()), ResponseTypes.optionalInstanceOf(IncidentSummary.class))
                .join().orElseThrow(() -> new IllegalStateException(event.ref() + " is not in the directory yet"));
    }
}
