package io.incidentledger.ingest.adapter.in.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Platform;
import io.incidentledger.ingest.application.ChatCommand;
import io.incidentledger.ingest.application.ChatCommandService;
import io.incidentledger.ingest.application.ChatReply;
import io.incidentledger.ingest.application.DeclareRequest;
import io.incidentledger.ingest.application.Declared;
import io.incidentledger.ingest.slack.SlackHeadline;
import io.incidentledger.ingest.slack.SlackText;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
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
        app.blockAction(SlackHeadline.ACK, (req, ctx) -> button(req, ctx, "ack", service::acknowledge));
        app.blockAction(SlackHeadline.CLOSE, (req, ctx) -> button(req, ctx, "close", service::close));
        app.blockAction(SlackHeadline.UPDATE_STATUS, (req, ctx) -> openStatusForm(req, ctx, "identified"));
        app.blockAction(SlackHeadline.RESOLVE, (req, ctx) -> openStatusForm(req, ctx, "resolved"));
    }

    private Response onDeclareForm(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var payload = req.getPayload();
        var form = SlackDeclareForm.read(new SlackFormValues(payload.getView().getState()));
        if (form instanceof SlackDeclareForm.Wrong wrong) {
            return ctx.ackWithErrors(Map.of(wrong.block(), wrong.problem()));
        }
        var chat = chat(payload.getView().getPrivateMetadata(), payload.getUser().getId(), payload.getUser().getUsername(),
                "declare (form)", payload.getView().getId());
        Declared declared = service.declare(new DeclareRequest(chat, ((SlackDeclareForm.Read) form).incident()));
        // a refusal of any part declared nothing: the form stays open with the reason under its first field
        return declared instanceof Declared.Opened ? ctx.ack() : ctx.ackWithErrors(Map.of("title", declared.reply().text()));
    }

    private Response onStatusForm(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var payload = req.getPayload();
        var form = new SlackFormValues(payload.getView().getState());
        String message = form.text("message");
        if (message == null || message.isBlank()) {
            return ctx.ackWithErrors(Map.of("message", "Say what changed: it becomes the public update."));
        }
        String[] meta = Objects.requireNonNullElse(payload.getView().getPrivateMetadata(), "").split(" ", 2);
        var ref = IncidentRef.tryParse(meta[0]);
        if (ref.isEmpty()) {
            return ctx.ackWithErrors(Map.of("message", "This form has lost its incident; open it again from the headline."));
        }
        var state = IncidentStatus.parse(form.selected("state", "investigating"));
        if (state.isEmpty()) {
            return ctx.ackWithErrors(Map.of("state", "Pick one of investigating, identified, monitoring, resolved."));
        }
        var chat = chat(meta.length > 1 ? meta[1] : null, payload.getUser().getId(), payload.getUser().getUsername(),
                "status (form)", payload.getView().getId());
        ChatReply reply = service.changeStatus(chat, ref.get(), state.get(), message);
        return reply.accepted() ? ctx.ack() : ctx.ackWithErrors(Map.of("message", reply.text()));
    }

    /**
     * The command runs before the ack, as slash commands do: a 200 means the click is in the ledger. Slack never
     * retries an interaction, and shows the clicker an error when no 200 comes within 3 s; so a click the ledger
     * could not take in time is not acknowledged, is still finished here (and reported through the
     * response_url), and a crash before that shows as the error, never as a click that silently vanished.
     * A retried delivery has the same trigger id, which the ledger takes once.
     */
    private Response button(BlockActionRequest req, ActionContext ctx, String word,
                            BiFunction<ChatCommand, IncidentRef, ChatReply> command) {
        BlockActionPayload payload = req.getPayload();
        String value = payload.getActions().get(0).getValue();
        var chat = chat(channelOf(payload), payload.getUser().getId(), payload.getUser().getUsername(),
                word + " " + value + " (button)", payload.getTriggerId());
        String reply = IncidentRef.tryParse(value).map(ref -> command.apply(chat, ref).text())
                .orElse("This button names no incident; use the buttons of an incident's headline.");
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

    private static void respond(ActionContext ctx, String reply) {
        try {
            ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(SlackText.escape(reply)));
        } catch (Exception failure) {
            log.warn("Could not report '{}' through the response_url", reply, failure);
        }
    }

    private ChatCommand chat(String channel, String userId, String userName, String text, String deliveryId) {
        return new ChatCommand(new ChatOrigin(Platform.SLACK, channel, new ChatUser(userId, userName)), text,
                deliveryId, clock.instant());
    }

    private static String channelOf(BlockActionPayload payload) {
        return payload.getChannel() == null ? null : payload.getChannel().getId();
    }
}
