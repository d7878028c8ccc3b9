package io.incidentledger.ingest.application;

import io.incidentledger.api.command.*;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.query.FindIncidentsInChannel;
import io.incidentledger.api.query.IncidentSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * The flight recorder's intake: what people say and do in an incident's channel, from any platform. Channels
 * linked to no open incident are not recorded. Runs before the platform is acknowledged, so a failure makes the
 * platform retry, and the delivery id makes the retry harmless.
 */
@Service
public class ChatRecordService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChatRecordService.class);
    private static final int WRITERS = 8;

    private final CommandGateway commands;
    private final QueryGateway queries;
    // messages are most of what arrives in a busy incident: they are written in groups, the rest one by one
    private final ChatMessageBatcher messages;

    public ChatRecordService(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
        this.messages = new ChatMessageBatcher(commands::sendAndWait, WRITERS);
    }

    public void said(ChatOrigin by, String messageId, String threadId, String text, Instant at, String deliveryId) {
        openIncident(by).ifPresent(incident -> {
            try {
                messages.record(new RecordChatMessage(incident.incidentId(), messageId, threadId, text, by, deliveryId, at)).join();
            } catch (CompletionException failed) {
                if (!(failed.getCause() instanceof CommandRefused refused)) {
                    throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
                }
                log.debug("Not recorded in {}: {}", incident.ref(), refused.getMessage());
            }
        });
    }

    public void edited(ChatOrigin by, String messageId, String text, Instant at, String deliveryId) {
        send(by, id -> new EditChatMessage(id, messageId, text, by, deliveryId, at));
    }

    public void deleted(ChatOrigin by, String messageId, Instant at, String deliveryId) {
        send(by, id -> new DeleteChatMessage(id, messageId, by, deliveryId, at));
    }

    public void pinned(ChatOrigin by, String messageId, String text, Instant messageAt, Instant at, String deliveryId) {
        send(by, id -> new PinMessage(id, messageId, text, messageAt, by, deliveryId, at));
    }

    public void unpinned(ChatOrigin by, String messageId, Instant at, String deliveryId) {
        send(by, id -> new UnpinMessage(id, messageId, by, deliveryId, at));
    }

    public void reacted(ChatOrigin by, String messageId, String emoji, Instant at, String deliveryId) {
        send(by, id -> new AddReaction(id, messageId, emoji, by, deliveryId, at));
    }

    private void send(ChatOrigin by, Function<IncidentId, IncidentCommand> command) {
        openIncident(by).ifPresent(incident -> {
            try {
                commands.sendAndWait(command.apply(incident.incidentId()));
            } catch (CommandRefused refused) {
                // an edit of a message from before the incident, say: nothing to record, nothing to retry
                log.debug("Not recorded in {}: {}", incident.ref(), refused.getMessage());
            }
        });
    }

    private Optional<IncidentSummary> openIncident(ChatOrigin by) {
        List<IncidentSummary> incidents = queries.query(new FindIncidentsInChannel(by.platform(), by.channelId()),
                ResponseTypes.multipleInstancesOf(IncidentSummary.class)).join();
        return incidents.stream().findFirst();
    }

    @Override
    public void destroy() {
        messages.close();
    }
}
