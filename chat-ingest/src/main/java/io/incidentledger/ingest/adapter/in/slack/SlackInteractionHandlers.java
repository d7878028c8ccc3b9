package io.incidentledger.ingest.adapter.in.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.Platform;
import io.incidentledger.ingest.application.ChatCommand;
import io.incidentledger.ingest.application.ChatCommandService;
import io.incidentledger.ingest.application.ChatReply;
import io.incidentledger.ingest.command.ParsedCommand;
import io.incidentledger.ingest.slack.SlackHeadline;
import io.incidentledger.ingest.slack.SlackText;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The forms and the headline's buttons. Commands are in the ledger before the ack; forms open and replies go after it. */
final class SlackInteractionHandlers {

    private static final Logger log = LoggerFactory.getLogger(SlackInteractionHandlers.class);

    private final ChatCommandService service;
    private final Executor executor;
    private final Clock clock;

    SlackInteractionHandlers(ChatCommandService service, Executor executor, Clock clock) {
        this.service = service;
        this.executor = executor;
        this.clock = clock;
    }

    void registerOn(App app) {
        app.viewSubmission(SlackModals.DECLARE, this::onDeclareForm);
        app.viewSubmission(SlackModals.UPDATE_STATUS, this::onStatusForm);
        app.blockAction(SlackHeadline.ACK, (req, ctx) -> button(req, ctx, "ack"));
        app.blockAction(SlackHeadline.CLOSE, (req, ctx) -> button(req, ctx, "close"));
        app.blockAction(SlackHeadline.UPDATE_STATUS, (req, ctx) -> openStatusForm(req, ctx, "identified"));
        app.blockAction(SlackHeadline.RESOLVE, (req, ctx) -> openStatusForm(req, ctx, "resolved"));
    }

    private Response onDeclareForm(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var payload = req.getPayload();
        Map<String, Map<String, ViewState.Value>> values = payload.getView().getState().getValues();
        String title = text(values, "title");
        if (title == null || title.isBlank()) {
            return ctx.ackWithErrors(Map.of("title", "An incident needs a title."));
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("title", title);
        parameters.put("severity", selected(values, "severity", "3"));
        String lead = values.getOrDefault("lead", Map.of()).values().stream().map(ViewState.Value::getSelectedUser)
                .filter(u -> u != null).findFirst().orElse(null);
        if (lead != null) {
            parameters.put("lead", "<@" + lead + ">");
        }
        List<String> components = values.getOrDefault("components", Map.of()).values().stream()
                .flatMap(v -> v.getSelectedOptions() == null ? java.util.stream.Stream.empty() : v.getSelectedOptions().stream())
                .map(ViewState.SelectedOption::getValue).toList();
        if (!components.isEmpty()) {
            parameters.put("components", String.join(",", components));
        }
        var chat = chat(payload.getView().getPrivateMetadata(), payload.getUser().getId(), payload.getUser().getUsername(),
                "declare (form)", payload.getView().getId());
        ChatReply reply = service.execute(chat, new ParsedCommand("declare", parameters));
        if (!reply.accepted()) {
            return ctx.ackWithErrors(Map.of("title", reply.text()));
        }
        String ref = reply.text().replaceAll("(?s).*?(INC-\\d+).*", "$1");
        follow(chat, ref, "summary", text(values, "summary"));
        follow(chat, ref, "impact", text(values, "impact"));
        return ctx.ack();
    }

    private Response onStatusForm(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var payload = req.getPayload();
        var values = payload.getView().getState().getValues();
        String message = text(values, "message");
        if (message == null || message.isBlank()) {
            return ctx.ackWithErrors(Map.of("message", "Say what changed: it becomes the public update."));
        }
        String metadata = payload.getView().getPrivateMetadata();
        if (metadata == null || metadata.isBlank()) {
            return ctx.ackWithErrors(Map.of("message", "This form has lost its incident; open it again from the headline."));
        }
        String[] meta = metadata.split(" ", 2);
        var chat = chat(meta.length > 1 ? meta[1] : null, payload.getUser().getId(), payload.getUser().getUsername(),
                "status (form)", payload.getView().getId());
        ChatReply reply = service.execute(chat, new ParsedCommand("status",
                Map.of("ref", meta[0], "state", selected(values, "state", "investigating"), "message", message)));
        return reply.accepted() ? ctx.ack() : ctx.ackWithErrors(Map.of("message", reply.text()));
    }

    /**
     * The command runs before the ack, as slash commands do: a 200 means the click is in the ledger. Slack never
     * retries an interaction, and shows the clicker an error when no 200 comes within 3 s; so a click the ledger
     * could not take in time is not acknowledged, is still finished here (and reported through the
     * response_url), and a crash before that shows as the error, never as a click that silently vanished.
     * A retried delivery has the same trigger id, which the ledger takes once.
     */
    private Response button(BlockActionRequest req, ActionContext ctx, String command) {
        BlockActionPayload payload = req.getPayload();
        String ref = payload.getActions().get(0).getValue();
        var chat = chat(channelOf(payload), payload.getUser().getId(), payload.getUser().getUsername(),
                command + " " + ref + " (button)", payload.getTriggerId());
        ChatReply reply = service.execute(chat, new ParsedCommand(command, Map.of("ref", ref)));
        // refusals too are answered politely, privately, after the ack
        executor.execute(() -> respond(ctx, reply));
        return ctx.ack();
    }

    private Response openStatusForm(BlockActionRequest req, ActionContext ctx, String preselected) {
        BlockActionPayload payload = req.getPayload();
        String ref = payload.getActions().get(0).getValue();
        String triggerId = payload.getTriggerId();
        executor.execute(() -> {
            try {
                ctx.client().viewsOpen(r -> r.triggerId(triggerId).view(SlackModals.statusForm(ref, channelOf(payload), preselected)));
            } catch (Exception failure) {
                log.warn("Could not open the status form for {}", ref, failure);
            }
        });
        return ctx.ack();
    }

    private void follow(ChatCommand declared, String ref, String command, String text) {
        if (text != null && !text.isBlank()) {
            service.execute(new ChatCommand(declared.origin(), command + " (form)", declared.deliveryId() + "-" + command,
                    declared.receivedAt()), new ParsedCommand(command, Map.of("ref", ref, "text", text)));
        }
    }

    private static void respond(ActionContext ctx, ChatReply reply) {
        try {
            ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(SlackText.escape(reply.text())));
        } catch (Exception failure) {
            log.warn("Could not report '{}' through the response_url", reply.text(), failure);
        }
    }

    private ChatCommand chat(String channel, String userId, String userName, String text, String deliveryId) {
        return new ChatCommand(new ChatOrigin(Platform.SLACK, channel, new ChatUser(userId, userName)), text,
                deliveryId, clock.instant());
    }

    private static String channelOf(BlockActionPayload payload) {
        return payload.getChannel() == null ? null : payload.getChannel().getId();
    }

    private static String text(Map<String, Map<String, ViewState.Value>> values, String block) {
        return values.getOrDefault(block, Map.of()).values().stream().map(ViewState.Value::getValue)
                .filter(v -> v != null).findFirst().orElse(null);
    }

    private static String selected(Map<String, Map<String, ViewState.Value>> values, String block, String fallback) {
        return values.getOrDefault(block, Map.of()).values().stream().map(ViewState.Value::getSelectedOption)
                .filter(o -> o != null).map(ViewState.SelectedOption::getValue).findFirst().orElse(fallback);
    }
}
