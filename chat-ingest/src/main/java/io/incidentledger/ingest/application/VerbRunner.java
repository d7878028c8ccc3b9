package io.incidentledger.ingest.application;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.command.DuplicateDelivery;
import io.incidentledger.api.query.IncidentSummary;
import io.incidentledger.ingest.command.Effect;
import io.incidentledger.ingest.command.MaintenanceOrder;
import io.incidentledger.ingest.command.ParamKind;
import io.incidentledger.ingest.command.ParsedCommand;
import io.incidentledger.ingest.command.Verb;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** Runs a parsed command as its verb's effect says: an answer, the declaration, a change of one incident or of a maintenance window. */
final class VerbRunner {

    private final CommandGateway commands;
    private final IncidentLocator incidents;
    private final CommandPolicy policy;
    private final CommandAudit audit;
    private final Declaring declaring;

    VerbRunner(CommandGateway commands, IncidentLocator incidents, CommandPolicy policy, CommandAudit audit, Declaring declaring) {
        this.commands = commands;
        this.incidents = incidents;
        this.policy = policy;
        this.audit = audit;
        this.declaring = declaring;
    }

    /** Throws {@link CommandRefused} with the sentence to show, after writing it into the history where it belongs. */
    ChatReply run(ChatCommand chat, ParsedCommand parsed) {
        Verb verb = Verb.of(parsed);
        return verb.effect().match(new Effect.Cases<>() {
            @Override
            public ChatReply answer(Effect.Answer answer) {
                boolean aboutOne = verb.spec().params().stream().anyMatch(param -> param.kind() == ParamKind.REF);
                IncidentSummary incident = aboutOne ? locate(verb, parsed, chat) : null;
                return ChatReply.privately(answer.text().apply(new Effect.Reading(parsed, incident, incidents::open)));
            }

            @Override
            public ChatReply open(Effect.Opens opens) {
                return declaring.declare(chat, () -> CommandTranslator.newIncident(parsed)).reply();
            }

            @Override
            public ChatReply change(Effect.Changes changes) {
                return VerbRunner.this.change(changes, locate(verb, parsed, chat), parsed, chat);
            }

            @Override
            public ChatReply maintain(Effect.Maintains maintains) {
                return VerbRunner.this.maintain(maintains, parsed, chat);
            }
        });
    }

    private ChatReply maintain(Effect.Maintains maintains, ParsedCommand parsed, ChatCommand chat) {
        var refusal = policy.refusal(parsed.name(), chat.origin().user(), null);
        if (refusal.isPresent()) {
            audit.refused(chat, parsed.name(), null, refusal.get());
            return ChatReply.refused(refusal.get());
        }
        var order = new MaintenanceOrder(parsed, chat.origin(), chat.deliveryId(), chat.receivedAt());
        try {
            Object result = commands.sendAndWait(audit.recorded(maintains.translate().apply(order), chat, parsed.name(),
                    accepted -> null, accepted -> maintains.wording().accepted(order, accepted)));
            if (result instanceof DuplicateDelivery) {
                return ChatReply.privately("Already done: this same request was handled before; nothing changed.");
            }
            return ChatReply.announced(maintains.wording().accepted(order, result));
        } catch (CommandRefused refused) {
            audit.refused(chat, parsed.name(), null, refused.getMessage());
            throw refused;
        }
    }

    private ChatReply change(Effect.Changes changes, IncidentSummary incident, ParsedCommand parsed, ChatCommand chat) {
        var refusal = policy.refusal(parsed.name(), chat.origin().user(), incident);
        if (refusal.isPresent()) {
            audit.refused(chat, parsed.name(), incident.ref(), refusal.get());
            return ChatReply.refused(refusal.get());
        }
        var invocation = CommandTranslator.invocation(parsed, incident, chat);
        try {
            Object result = commands.sendAndWait(audit.recorded(CommandTranslator.toCommand(parsed, incident, chat), chat,
                    parsed.name(), accepted -> incident.ref(), accepted -> changes.wording().accepted(invocation, accepted)));
            if (result instanceof DuplicateDelivery) {
                return ChatReply.privately("Already done: this same request was handled before; nothing changed.");
            }
            String reply = changes.wording().accepted(invocation, result);
            return changes.announce() ? ChatReply.announced(reply) : ChatReply.privately(reply);
        } catch (CommandRefused refused) {
            audit.refused(chat, parsed.name(), incident.ref(), refused.getMessage());
            throw refused;
        }
    }

    private IncidentSummary locate(Verb verb, ParsedCommand parsed, ChatCommand chat) {
        return incidents.locate(parsed.parameter("ref"), chat.origin(), verb.spec().usage());
    }
}
