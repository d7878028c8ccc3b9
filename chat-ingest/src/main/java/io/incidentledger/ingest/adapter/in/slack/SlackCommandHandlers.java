package io.incidentledger.ingest.adapter.in.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.Platform;
import io.incidentledger.ingest.application.ChatCommand;
import io.incidentledger.ingest.application.ChatCommandService;
import io.incidentledger.ingest.application.ChatReply;
import java.time.Clock;

/** Registers the Bolt handlers. Each one translates Slack's payload and delegates at once: no rules here. */
final class SlackCommandHandlers {

    private final ChatCommandService service;
    private final Clock clock;

    SlackCommandHandlers(ChatCommandService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    void registerOn(App app, String command) {
        app.command(command, this::onSlashCommand);
    }

    private Response onSlashCommand(SlashCommandRequest request, SlashCommandContext context) {
        SlashCommandPayload payload = request.getPayload();
        var origin = new ChatOrigin(Platform.SLACK, payload.getChannelId(),
                new ChatUser(payload.getUserId(), payload.getUserName()));
        // slash commands carry no event id; the trigger id is unique per invocation
        ChatReply reply = service.handle(new ChatCommand(origin, payload.getText(), payload.getTriggerId(),
                clock.instant()));
        return context.ack(r -> r.responseType(reply.announce() ? "in_channel" : "ephemeral")
                .text(SlackText.escape(reply.text())));
    }
}
