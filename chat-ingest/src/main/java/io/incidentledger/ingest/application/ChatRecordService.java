package io.incidentledger.ingest.application;

import io.incidentledger.api.command.*;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.query.FindIncidentsInChannel;
import io.incidentledger.api.query.IncidentSummary;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The flight recorder's intake: what people say and do in an incident's channel, from any platform. Channels
 * linked to no open incident are not recorded. Runs before the platform is acknowledged, so a failure makes the
 * platform retry, and the delivery id makes the retry harmless.
 */
@Service
public class ChatRecordService {

    private static final Logger log = LoggerFactory.getLogger(ChatRecordService.class);

    private final CommandGateway commands;
    private final QueryGateway queries;

    public ChatRecordService(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public void said(ChatOrigin by, String messageId, String threadId, String text, Instant at, String deliveryId) {
        send(by, id -> new RecordChatMessage(id, messageId, threadId, text, by, deliveryId, at));
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
        List<IncidentSummary> incidents = queries.query(new FindIncidentsInChannel(by.platform(), by.channelId()),
                ResponseTypes.multipleInstancesOf(IncidentSummary.class)).join();
        if (incidents.isEmpty()) {
            return;
        }
        try {
            commands.sendAndWait(command.apply(incidents.get(0).incidentId()));
        } catch (CommandRefused refused) {
            // an edit of a message from before the incident, say: nothing to record, nothing to retry
            log.debug("Not recorded in {}: {}", incidents.get(0).ref(), refused.getMessage());
        }
    }
}
