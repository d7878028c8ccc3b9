package io.incidentledger.ingest.adapter.in.teams;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.RoleTypes;
import com.microsoft.bot.schema.Serialization;
import io.incidentledger.api.http.ApiError;
import io.incidentledger.api.id.InvalidChatInput;
import io.incidentledger.ingest.application.ChatIntakeBusy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/messages}: Bot Framework activities, handed to the SDK's adapter (its JWT check included), from allowed tenants. */
@RestController
class TeamsBotController {

    private static final Logger log = LoggerFactory.getLogger(TeamsBotController.class);

    private final BotFrameworkHttpAdapter adapter;
    private final IncidentTeamsBot bot;
    private final TeamsAccess access;
    private final TeamsTenants tenants;

    TeamsBotController(BotFrameworkHttpAdapter adapter, IncidentTeamsBot bot, TeamsAccess access, TeamsTenants tenants) {
        this.adapter = adapter;
        this.bot = bot;
        this.access = access;
        this.tenants = tenants;
    }

    @PostMapping(path = "/api/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> receive(@RequestBody(required = false) String body,
                              @RequestHeader(name = "Authorization", required = false) String authorization) {
        if (!access.open()) {
            return error(HttpStatus.UNAUTHORIZED, "teams_not_configured",
                    "Teams is not configured here: set TEAMS_APP_ID and TEAMS_APP_PASSWORD.");
        }
        JsonNode tree;
        Activity activity;
        try {
            tree = Serialization.jsonToTree(body == null ? "" : body);
            activity = Serialization.treeToValue(tree, Activity.class);
        } catch (Exception unreadable) {
            return error(HttpStatus.BAD_REQUEST, "bad_request", "This is not a Bot Framework activity in JSON.");
        }
        if (activity == null || activity.getType() == null || activity.getConversation() == null
                || activity.getRecipient() == null || activity.getServiceUrl() == null) {
            return error(HttpStatus.BAD_REQUEST, "bad_request",
                    "An activity needs a type, a conversation, a recipient and a serviceUrl.");
        }
        if (activity.getRecipient().getRole() == null) {
            // the SDK throws a NullPointerException without it; the recipient of an incoming activity is the bot
            activity.getRecipient().setRole(RoleTypes.BOT);
        }
        try {
            // the tenant is checked once the SDK has authenticated the request, and before the bot sees it
            var refused = new AtomicBoolean();
            Bot tenantChecked = turn -> {
                if (tenants.allow(tree, "/api/messages")) {
                    return bot.onTurn(turn);
                }
                refused.set(true);
                return CompletableFuture.completedFuture(null);
            };
            InvokeResponse response = adapter.processIncomingActivity(authorization, activity, tenantChecked).get(25, TimeUnit.SECONDS);
            if (refused.get()) {
                return error(HttpStatus.UNAUTHORIZED, "tenant_not_allowed", TeamsTenants.REFUSAL);
            }
            return response == null ? ResponseEntity.ok().build()
                    : ResponseEntity.status(response.getStatus()).body(response.getBody());
        } catch (Exception failure) {
            // the SDK throws a bad token synchronously or inside the future, and not always as its own type
            if (isAuthentication(failure)) {
                return error(HttpStatus.UNAUTHORIZED, "unauthorized", "The request's Bot Framework token is missing or invalid.");
            }
            InvalidChatInput invalid = causeOf(failure, InvalidChatInput.class);
            if (invalid != null) {
                return error(HttpStatus.BAD_REQUEST, "bad_request", invalid.getMessage());
            }
            ChatIntakeBusy busy = causeOf(failure, ChatIntakeBusy.class);
            if (busy != null) {
                // the connector retries; nothing of this activity was recorded
                return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(busy.retryAfter().toSeconds()))
                        .contentType(MediaType.APPLICATION_JSON).body(new ApiError("busy", busy.getMessage()));
            }
            log.error("Teams activity {} failed", activity.getId(), failure);
            return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "The incident ledger could not handle this activity.");
        }
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static boolean isAuthentication(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationException || cause instanceof JWTVerificationException) {
                return true;
            }
        }
        return false;
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new ApiError(code, message));
    }
}
