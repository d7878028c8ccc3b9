package io.incidentledger.ingest.application;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.command.DuplicateDelivery;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.query.IncidentSummary;
import io.incidentledger.ingest.command.CommandParser;
import io.incidentledger.ingest.command.Effect;
import io.incidentledger.ingest.command.ParamKind;
import io.incidentledger.ingest.command.ParseResult;
import io.incidentledger.ingest.command.ParsedCommand;
import io.incidentledger.ingest.command.Verb;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Chat in, one reply out, for any platform: typed text ({@link #handle}), or a form or button that arrives
 * already typed. Each runs its {@link Verb}: find the incident, check permission, send the ledger command, write
 * the attempt into the command history. Never throws at the adapter.
 */
@Service
public class ChatCommandService {

    private static final Logger log = LoggerFactory.getLogger(ChatCommandService.class);

    private final CommandGateway commands;
    private final IncidentLocator incidents;
    private final CommandPolicy policy;
    private final CommandAudit audit;
    private final Declaring declaring;

    public ChatCommandService(CommandGateway commands, IncidentLocator incidents, CommandPolicy policy, CommandAudit audit) {
        this.commands = commands;
        this.incidents = incidents;
        this.policy = policy;
        this.audit = audit;
        this.declaring = new Declaring(commands, policy, audit, CommandTranslator.opens(Verb.DECLARE));
    }

    /** A line of the command language, from any platform (Slack, Teams, the web console…). */
    public ChatReply handle(ChatCommand chat) {
        ParseResult result = CommandParser.parse(chat.text());
        if (result instanceof ParseResult.Rejected rejected) {
            return ChatReply.refused(rejected.reason());
        }
        ParsedCommand parsed = ((ParseResult.Parsed) result).command();
        return guarded(chat, () -> Verb.of(parsed).effect().match(new Run(chat, parsed)));
    }

    /**
     * A declaration from a form: all of it in one ledger command, so a refused part declares nothing. A form without
     * a title is bad input, as {@code declare} alone is: answered, not recorded.
     */
    public Declared declare(DeclareRequest request) {
        String title = request.incident().title();
        if (title == null || title.isBlank()) {
            return new Declared.Refused(ChatReply.refused("An incident needs a title."));
        }
        try {
            return declaring.declare(request.chat(), request::incident);
        } catch (RuntimeException failure) {
            log.error("Declaring from '{}' by {} failed", request.chat().text(), request.chat().origin(), failure);
            return new Declared.Refused(unavailable());
        }
    }

    public ChatReply acknowledge(ChatCommand chat, IncidentRef ref) {
        return change(chat, Verb.ACK, Map.of("ref", ref.toString()));
    }

    public ChatReply close(ChatCommand chat, IncidentRef ref) {
        return change(chat, Verb.CLOSE, Map.of("ref", ref.toString()));
    }

    public ChatReply changeStatus(ChatCommand chat, IncidentRef ref, IncidentStatus to, String message) {
        return change(chat, Verb.STATUS, Map.of("ref", ref.toString(), "state", to.wireName(), "message", message));
    }

    private ChatReply change(ChatCommand chat, Verb verb, Map<String, String> parameters) {
        ParsedCommand parsed = new ParsedCommand(verb.word(), parameters);
        return guarded(chat, () -> verb.effect().match(new Run(chat, parsed)));
    }

    private ChatReply guarded(ChatCommand chat, Supplier<ChatReply> run) {
        try {
            return run.get();
        } catch (CommandRefused refused) {
            return ChatReply.refused(refused.getMessage());
        } catch (RuntimeException failure) {
            log.error("Command '{}' from {} failed", chat.text(), chat.origin(), failure);
            return unavailable();
        }
    }

    private static ChatReply unavailable() {
        return ChatReply.refused("The ledger could not take that command just now; nothing was changed. Try again.");
    }

    /** One parsed command, run as its verb's effect says. */
    private final class Run implements Effect.Cases<ChatReply> {

        private final ChatCommand chat;
        private final ParsedCommand parsed;

        Run(ChatCommand chat, ParsedCommand parsed) {
            this.chat = chat;
            this.parsed = parsed;
        }

        @Override
        public ChatReply answer(Effect.Answer answer) {
            boolean aboutOne = Verb.of(parsed).spec().params().stream().anyMatch(param -> param.kind() == ParamKind.REF);
            IncidentSummary incident = aboutOne ? locate() : null;
            return ChatReply.privately(answer.text().apply(new Effect.Reading(parsed, incident, incidents::open)));
        }

        @Override
        public ChatReply open(Effect.Opens opens) {
            return declaring.declare(chat, () -> opens.read().apply(parsed)).reply();
        }

        @Override
        public ChatReply change(Effect.Changes changes) {
            IncidentSummary incident = locate();
            var refusal = policy.refusal(parsed.name(), chat.origin().user(), incident);
            if (refusal.isPresent()) {
                audit.refused(chat, parsed.name(), incident.ref(), refusal.get());
                return ChatReply.refused(refusal.get());
            }
            var invocation = CommandTranslator.invocation(parsed, incident, chat);
            try {
                Object result = commands.sendAndWait(changes.translate().apply(invocation));
                if (result instanceof DuplicateDelivery) {
                    return ChatReply.privately("Already done: this same request was handled before; nothing changed.");
                }
                String reply = changes.wording().accepted(invocation, result);
                audit.accepted(chat, parsed.name(), incident.ref(), reply);
                return changes.announce() ? ChatReply.announced(reply) : ChatReply.privately(reply);
            } catch (CommandRefused refused) {
                audit.refused(chat, parsed.name(), incident.ref(), refused.getMessage());
                throw refused;
            }
        }

        private IncidentSummary locate() {
            return incidents.locate(parsed.parameter("ref"), chat.origin(), Verb.of(parsed).spec().usage());
        }
    }
}
