package io.incidentledger.ingest.application;

import io.incidentledger.api.audit.CommandAttempted;
import io.incidentledger.api.command.DuplicateDelivery;
import io.incidentledger.api.id.IncidentRef;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Writes the command history into the ledger: accepted and refused attempts alike. An accepted command's entry is
 * written by the command's own unit of work, so it commits with the command's events (one commit, not two), and a
 * command retried after a concurrency conflict writes it once. A refusal, which has no events, is written alone.
 * Axon's auto-configuration registers this interceptor on the command bus.
 */
@Component
class CommandAudit implements MessageHandlerInterceptor<CommandMessage<?>> {

    // an in-process value: the command bus is local, and no correlation provider copies it into events
    private static final String ENTRY = "ledger.commandHistory";

    private final EventGateway events;

    CommandAudit(EventGateway events) {
        this.events = events;
    }

    /** {@code command} carrying its history entry: {@code ref} and {@code reply} are read from the handler's result. */
    CommandMessage<?> recorded(Object command, ChatCommand chat, String name, Function<Object, IncidentRef> ref,
                               Function<Object, String> reply) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(ENTRY,
                (Function<Object, CommandAttempted>) result -> attempt(chat, name, ref.apply(result), true, reply.apply(result))));
    }

    void refused(ChatCommand chat, String command, IncidentRef ref, String reason) {
        events.publish(attempt(chat, command, ref, false, reason));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        Object entry = unitOfWork.getMessage().getMetaData().get(ENTRY);
        if (entry instanceof Function<?, ?> accepted && !(result instanceof DuplicateDelivery)) {
            // inside the unit of work: appended in the same transaction as the command's events
            events.publish(((Function<Object, CommandAttempted>) accepted).apply(result));
        }
        return result;
    }

    private static CommandAttempted attempt(ChatCommand chat, String command, IncidentRef ref, boolean accepted, String outcome) {
        return new CommandAttempted(ref, command, chat.text(), chat.origin(), chat.deliveryId(), accepted, outcome,
                chat.receivedAt());
    }
}
