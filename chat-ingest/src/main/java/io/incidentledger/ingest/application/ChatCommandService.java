package io.incidentledger.ingest.application;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.command.DuplicateDelivery;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.query.IncidentSummary;
import io.incidentledger.ingest.command.CommandCatalog;
import io.incidentledger.ingest.command.CommandParser;
import io.incidentledger.ingest.command.HelpText;
import io.incidentledger.ingest.command.ParseResult;
import io.incidentledger.ingest.command.ParsedCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One chat line in, one reply out, for any platform: parse, find the incident, check permission, send the
 * ledger command, and write the attempt into the command history. Never throws at the adapter.
 */
@Service
public class ChatCommandService {

    private static final Logger log = LoggerFactory.getLogger(ChatCommandService.class);

    private final CommandGateway commands;
    private final IncidentLocator incidents;
    private final CommandPolicy policy;
    private final CommandAudit audit;

    public ChatCommandService(CommandGateway commands, IncidentLocator incidents, CommandPolicy policy, CommandAudit audit) {
        this.commands = commands;
        this.incidents = incidents;
        this.policy = policy;
        this.audit = audit;
    }

    public ChatReply handle(ChatCommand chat) {
        ParseResult result = CommandParser.parse(chat.text());
        if (result instanceof ParseResult.Rejected rejected) {
            return ChatReply.refused(rejected.reason());
        }
        return execute(chat, ((ParseResult.Parsed) result).command());
    }

    /** For commands that arrive already structured, such as a submitted Slack form or a button. */
    public ChatReply execute(ChatCommand chat, ParsedCommand parsed) {
        try {
            return switch (parsed.name()) {
                case "help" -> ChatReply.privately(parsed.optional("command").map(HelpText::of).orElseGet(HelpText::all));
                case "list" -> ChatReply.privately(Replies.list(incidents.open()));
                case "declare" -> declare(parsed, chat);
                default -> onIncident(parsed, chat);
            };
        } catch (CommandRefused refused) {
            return ChatReply.refused(refused.getMessage());
        } catch (RuntimeException failure) {
            log.error("Command '{}' from {} failed", chat.text(), chat.origin(), failure);
            return ChatReply.refused("The ledger could not take that command just now; nothing was changed. Try again.");
        }
    }

    private ChatReply declare(ParsedCommand parsed, ChatCommand chat) {
        var refusal = policy.refusal("declare", chat.origin().user(), null);
        if (refusal.isPresent()) {
            audit.refused(chat, "declare", null, refusal.get());
            return ChatReply.refused(refusal.get());
        }
        try {
            var command = CommandTranslator.declare(parsed, chat);
            Object result = commands.sendAndWait(command);
            if (result instanceof DuplicateDelivery duplicate) {
                return ChatReply.privately(duplicate.firstResult() + " was already declared by this same request; nothing changed.");
            }
            String reply = "\uD83D\uDEA8 " + result + " declared by " + chat.origin().user().name() + ": "
                    + command.title().strip() + " (" + command.severity() + "). Status: investigating.";
            audit.accepted(chat, "declare", (IncidentRef) result, reply);
            return ChatReply.announced(reply);
        } catch (CommandRefused refused) {
            audit.refused(chat, "declare", null, refused.getMessage());
            throw refused;
        }
    }

    private ChatReply onIncident(ParsedCommand parsed, ChatCommand chat) {
        String usage = CommandCatalog.find(parsed.name()).orElseThrow().usage();
        IncidentSummary incident = incidents.locate(parsed.parameter("ref"), chat.origin(), usage);
        if (parsed.name().equals("show")) {
            return ChatReply.privately(Replies.show(incident));
        }
        var refusal = policy.refusal(parsed.name(), chat.origin().user(), incident);
        if (refusal.isPresent()) {
            audit.refused(chat, parsed.name(), incident.ref(), refusal.get());
            return ChatReply.refused(refusal.get());
        }
        try {
            Object result = commands.sendAndWait(CommandTranslator.toCommand(parsed, incident, chat));
            if (result instanceof DuplicateDelivery) {
                return ChatReply.privately("Already done: this same request was handled before; nothing changed.");
            }
            String reply = Replies.accepted(parsed, incident, result);
            audit.accepted(chat, parsed.name(), incident.ref(), reply);
            return parsed.name().equals("note") ? ChatReply.privately(reply) : ChatReply.announced(reply);
        } catch (CommandRefused refused) {
            audit.refused(chat, parsed.name(), incident.ref(), refused.getMessage());
            throw refused;
        }
    }
}
