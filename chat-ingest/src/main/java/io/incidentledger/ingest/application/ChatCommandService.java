package io.incidentledger.ingest.application;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.command.DeclareIncident;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.Severity;
import io.incidentledger.ingest.command.CommandLanguage;
import io.incidentledger.ingest.command.ParseResult;
import io.incidentledger.ingest.command.ParsedCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/** Turns a chat line into a ledger command and the ledger's answer into a reply. Knows no chat platform. */
@Service
public class ChatCommandService {

    private final CommandGateway commands;

    public ChatCommandService(CommandGateway commands) {
        this.commands = commands;
    }

    public ChatReply handle(ChatCommand chat) {
        ParseResult result = CommandLanguage.parse(chat.text());
        if (result instanceof ParseResult.Rejected rejected) {
            return ChatReply.refused(rejected.reason());
        }
        ParsedCommand command = ((ParseResult.Parsed) result).command();
        try {
            return switch (command.name()) {
                case "declare" -> declare(command, chat);
                default -> ChatReply.privately(CommandLanguage.help());
            };
        } catch (CommandRefused refused) {
            return ChatReply.refused(refused.getMessage());
        }
    }

    private ChatReply declare(ParsedCommand command, ChatCommand chat) {
        Severity severity = Severity.parse(command.parameter("severity")).orElse(Severity.SEV3);
        IncidentRef ref = commands.sendAndWait(new DeclareIncident(IncidentId.random(), command.parameter("title"),
                severity, chat.origin(), chat.deliveryId(), chat.receivedAt()));
        return ChatReply.announced("\uD83D\uDEA8 " + ref + " declared by " + chat.origin().user().name() + ": "
                + command.parameter("title") + " (" + severity + "). Status: investigating.");
    }
}
