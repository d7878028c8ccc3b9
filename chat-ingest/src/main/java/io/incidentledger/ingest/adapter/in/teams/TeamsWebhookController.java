package io.incidentledger.ingest.adapter.in.teams;

import static io.incidentledger.api.http.ErrorCode.BAD_REQUEST;
import static io.incidentledger.api.http.ErrorCode.BUSY;
import static io.incidentledger.api.http.ErrorCode.INVALID_SIGNATURE;
import static io.incidentledger.api.http.ErrorCode.TENANT_NOT_ALLOWED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.InvalidChatInput;
import io.incidentledger.api.id.Platform;
import io.incidentledger.ingest.application.ChatCommand;
import io.incidentledger.ingest.application.ChatCommandService;
import io.incidentledger.ingest.application.ChatIntakeBusy;
import io.incidentledger.ingest.application.ChatRecordService;
import io.incidentledger.ingest.teams.TeamsProperties;
import io.incidentledger.ingest.teams.TeamsText;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A Teams outgoing webhook: {@code @StatusBot declare …} in a channel, answered synchronously. */
@RestController
class TeamsWebhookController {

    private final TeamsWebhookSignature signature;
    private final TeamsTenants tenants;
    private final ChatCommandService commands;
    private final ChatRecordService intake;
    private final ObjectMapper json;
    private final Clock clock;

    TeamsWebhookController(TeamsProperties teams, TeamsTenants tenants, ChatCommandService commands,
                           ChatRecordService intake, ObjectMapper json, Clock clock) {
        this.signature = new TeamsWebhookSignature(teams.webhookSecret());
        this.tenants = tenants;
        this.commands = commands;
        this.intake = intake;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(path = "/teams/webhook", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> receive(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readAllBytes();
        if (!signature.verifies(body, request.getHeader("Authorization"))) {
            throw new ApiException(INVALID_SIGNATURE,
                    "The request's HMAC signature is missing or wrong for this webhook's secret.");
        }
        JsonNode activity;
        try {
            activity = json.readTree(body);
        } catch (IOException unreadable) {
            throw new ApiException(BAD_REQUEST, "This is not an outgoing-webhook activity in JSON.", unreadable);
        }
        if (!tenants.allow(activity, "/teams/webhook")) {
            throw new ApiException(TENANT_NOT_ALLOWED, TeamsTenants.REFUSAL);
        }
        if (!activity.hasNonNull("id") || activity.path("id").asText().isBlank()) {
            // the id makes a repeated delivery harmless; without one every command would look like the same delivery
            throw new ApiException(BAD_REQUEST, "An outgoing-webhook activity needs an id.");
        }
        JsonNode from = activity.path("from");
        String user = from.hasNonNull("aadObjectId") ? from.path("aadObjectId").asText() : from.path("id").asText("unknown");
        ChatOrigin origin;
        try {
            origin = new ChatOrigin(Platform.TEAMS, activity.path("conversation").path("id").asText(null),
                    new ChatUser(user.isBlank() ? "unknown" : user, from.path("name").asText(null)));
        } catch (InvalidChatInput invalid) {
            throw new ApiException(BAD_REQUEST, invalid.getMessage(), invalid);
        }
        var command = new ChatCommand(origin, TeamsText.command(activity.path("text").asText(""), people(activity)),
                "teams-webhook-" + activity.path("id").asText(), clock.instant());
        try {
            return ResponseEntity.ok(Map.of("type", "message", "text", intake.admitted(() -> commands.handle(command)).text()));
        } catch (ChatIntakeBusy busy) {
            // Teams sends the message again; nothing of this one was run or written
            throw new ApiException(BUSY, busy.getMessage(), busy.retryAfter(), busy);
        }
    }

    // a webhook is addressed by the mention its message starts with; every other mention is a person
    private static List<TeamsText.Mention> people(JsonNode activity) {
        String text = activity.path("text").asText("").strip();
        List<TeamsText.Mention> people = new ArrayList<>();
        for (JsonNode entity : activity.path("entities")) {
            JsonNode mentioned = entity.path("mentioned");
            String id = mentioned.hasNonNull("aadObjectId") ? mentioned.path("aadObjectId").asText() : mentioned.path("id").asText(null);
            String mention = entity.path("text").asText(null);
            if ("mention".equals(entity.path("type").asText()) && id != null && mention != null && !text.startsWith(mention)) {
                people.add(new TeamsText.Mention(mention, id, mentioned.path("name").asText(null)));
            }
        }
        return people;
    }
}
