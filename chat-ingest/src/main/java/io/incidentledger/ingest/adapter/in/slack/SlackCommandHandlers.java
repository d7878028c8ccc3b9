package io.incidentledger.ingest.adapter.in.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.InvalidChatInput;
import io.incidentledger.api.id.Platform;
import io.incidentledger.ingest.application.ChatCommand;
import io.incidentledger.ingest.application.ChatCommandService;
import io.incidentledger.ingest.application.ChatReply;
import io.incidentledger.ingest.slack.SlackProperties;
import io.incidentledger.ingest.slack.SlackText;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /incident …}: translated and delegated at once. Bare {@code /incident} or {@code declare} opens the form. */
final class SlackCommandHandlers {

    private static final Logger log = LoggerFactory.getLogger(SlackCommandHandlers.class);

    private final ChatCommandService service;
    private final SlackProperties properties;
    private final List<String> components;
    private final Executor executor;
    private final Clock clock;

    SlackCommandHandlers(ChatCommandService service, SlackProperties properties, List<String> components,
                         Executor executor, Clock clock) {
        this.service = service;
        this.properties = properties;
        this.components = components;
        this.executor = executor;
        this.clock = clock;
    }

    void registerOn(App app) {
        app.command(properties.command(), this::onSlashCommand);
    }

    private Response onSlashCommand(SlashCommandRequest request, SlashCommandContext context) {
        SlashCommandPayload payload = request.getPayload();
        String text = payload.getText() == null ? "" : payload.getText().strip();
        if (properties.hasBotToken() && (text.isEmpty() || text.equalsIgnoreCase("declare"))) {
            // views.open must use the trigger id within 3 s, but never before we answered Slack
            String triggerId = payload.getTriggerId();
            String channel = payload.getChannelId();
            executor.execute(() -> openDeclareForm(context, triggerId, channel));
            return context.ack();
        }
        ChatOrigin origin;
        try {
            origin = new ChatOrigin(Platform.SLACK, payload.getChannelId(), new ChatUser(payload.getUserId(), payload.getUserName()));
        } catch (InvalidChatInput invalid) {
            // Slack shows the reply to whoever typed the command, so it is the polite answer here
            return context.ack("This command can't be run: " + SlackText.escape(invalid.getMessage()));
        }
        // slash commands carry no event id; the trigger id is unique per invocation
        ChatReply reply = service.handle(new ChatCommand(origin, text, payload.getTriggerId(), clock.instant()));
        return context.ack(r -> r.responseType(reply.announce() ? "in_channel" : "ephemeral")
                .text(SlackText.escape(reply.text())));
    }

    private void openDeclareForm(SlashCommandContext context, String triggerId, String channel) {
        try {
            var response = context.client().viewsOpen(r -> r.triggerId(triggerId).view(SlackModals.declareForm(channel, components)));
            if (!response.isOk()) {
                log.warn("views.open refused the declare form: {}", response.getError());
            }
        } catch (Exception failure) {
            log.warn("Could not open the declare form", failure);
        }
    }
}
