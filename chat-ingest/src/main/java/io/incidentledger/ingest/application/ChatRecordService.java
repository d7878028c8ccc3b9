package io.incidentledger.ingest.application;

import io.incidentledger.api.command.*;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.query.ChatIncidents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
    // a backstop, not a budget: a caller must never hold its platform request for ever
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);

    private final ChatIncidents channels;
    // one incident's chat in arrival order, messages written in groups: see ChatMessageBatcher
    private final ChatMessageBatcher writes;

    public ChatRecordService(CommandGateway commands, GroupCommit groupCommit, ChatIncidents channels,
                             ChatIntakeProperties intake) {
        this.channels = channels;
        this.writes = new ChatMessageBatcher(new ChatWriter() {
            @Override
            public void write(Object command) {
                commands.sendAndWait(command);
            }

            @Override
            public void writeTogether(List<Object> group) {
                groupCommit.together(() -> group.forEach(commands::sendAndWait));
            }
        }, WRITERS, intake.groupCommitIncidents(), intake.intakeCapacity());
    }

    /** Runs a chat command answered at once (not queued here) within the intake's bound: see ChatMessageBatcher. */
    public <T> T admitted(Supplier<T> command) {
        return writes.admitted(command);
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
        openIncident(by).ifPresent(incident -> {
            try {
                writes.record(command.apply(incident), WRITE_TIMEOUT).join();
            } catch (CompletionException failed) {
                if (!(failed.getCause() instanceof CommandRefused refused)) {
                    // the platform gets an error and retries; the delivery id or message id makes the retry harmless
                    throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
                }
                // an edit of a message from before the incident, say: nothing to record, nothing to retry
                log.debug("Not recorded in {}: {}", incident, refused.getMessage());
            }
        });
    }

    // answered from ledger-core's channel cache: no database round trip for most messages
    private Optional<IncidentId> openIncident(ChatOrigin by) {
        return channels.openIn(by.platform(), by.channelId());
    }

    @Override
    public void destroy() {
        writes.close();
    }
}
