package io.incidentledger.console.act;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.Platform;
import io.incidentledger.console.signin.ConsolePerson;
import io.incidentledger.ingest.application.ChatCommand;
import io.incidentledger.ingest.application.ChatCommandService;
import io.incidentledger.ingest.application.ChatReply;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The console's only way to change anything: a line of the chat command language, sent as the signed-in person
 * on the platform {@code web}, so RBAC, the command history and the refusal sentences are exactly chat's.
 */
@Component
public class ConsoleCommands {

    static final String CHANNEL = "console";

    private final ChatCommandService chat;

    ConsoleCommands(ChatCommandService chat) {
        this.chat = chat;
    }

    /** {@code delivery} is a fresh id per form submission: the command history and dedupe key of this attempt. */
    public Outcome run(ConsolePerson person, String text, String delivery) {
        var origin = new ChatOrigin(Platform.WEB, CHANNEL, new ChatUser(person.chatUserId(), person.name()));
        ChatReply reply = chat.handle(new ChatCommand(origin, text, "web:" + delivery, Instant.now()));
        return new Outcome(reply.text(), reply.accepted());
    }

    public record Outcome(String text, boolean accepted) {
    }
}
