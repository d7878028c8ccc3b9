package io.incidentledger.ingest.application;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.ingest.command.CommandParser;
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

    private final Declaring declaring;
    private final VerbRunner verbs;

    public ChatCommandService(CommandGateway commands, IncidentLocator incidents, CommandPolicy policy, CommandAudit audit) {
        this.declaring = new Declaring(commands, policy, audit, CommandTranslator.opens(Verb.DECLARE));
        this.verbs = new VerbRunner(commands, incidents, policy, audit, declaring);
    }

    /** A line of the command language, from any platform (Slack, Teams, the web console…). */
    public ChatReply handle(ChatCommand chat) {
        ParseResult result = CommandParser.parse(chat.text());
        if (result instanceof ParseResult.Rejected rejected) {
            return ChatReply.refused(rejected.reason());
        }
        ParsedCommand parsed = ((ParseResult.Parsed) result).command();
        return guarded(chat, () -> verbs.run(chat, parsed));
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
        return guarded(chat, () -> verbs.run(chat, parsed));
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
}
