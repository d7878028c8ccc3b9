package io.incidentledger.ingest.adapter.in.teams;

import static io.incidentledger.api.http.ErrorCode.BAD_REQUEST;
import static io.incidentledger.api.http.ErrorCode.BUSY;
import static io.incidentledger.api.http.ErrorCode.CHAT_NOT_CONFIGURED;
import static io.incidentledger.api.http.ErrorCode.INTERNAL_ERROR;
import static io.incidentledger.api.http.ErrorCode.TENANT_NOT_ALLOWED;
import static io.incidentledger.api.http.ErrorCode.UNAUTHORIZED;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.RoleTypes;
import com.microsoft.bot.schema.Serialization;
import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.id.InvalidChatInput;
import io.incidentledger.ingest.application.ChatIntakeBusy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
            throw new ApiException(CHAT_NOT_CONFIGURED, "Teams is not configured here: set TEAMS_APP_ID and TEAMS_APP_PASSWORD.");
        }
        JsonNode tree;
        Activity activity;
        try {
            tree = Serialization.jsonToTree(body == null ? "" : body);
            activity = Serialization.treeToValue(tree, Activity.class);
        } catch (Exception unreadable) {
            throw new ApiException(BAD_REQUEST, "This is not a Bot Framework activity in JSON.", unreadable);
        }
        if (activity == null || activity.getType() == null || activity.getConversation() == null
                || activity.getRecipient() == null || activity.getServiceUrl() == null) {
            throw new ApiException(BAD_REQUEST, "An activity needs a type, a conversation, a recipient and a serviceUrl.");
        }
        if (activity.getRecipient().getRole() == null) {
            // the SDK throws a NullPointerException without it; the recipient of an incoming activity is the bot
            activity.getRecipient().setRole(RoleTypes.BOT);
        }
        // the tenant is checked once the SDK has authenticated the request, and before the bot sees it
        var refused = new AtomicBoolean();
        Bot tenantChecked = turn -> {
            if (tenants.allow(tree, "/api/messages")) {
                return bot.onTurn(turn);
            }
            refused.set(true);
            return CompletableFuture.completedFuture(null);
        };
        InvokeResponse response;
        try {
            response = adapter.processIncomingActivity(authorization, activity, tenantChecked).get(25, TimeUnit.SECONDS);
        } catch (Exception failure) {
            throw refusal(activity, failure);
        }
        if (refused.get()) {
            throw new ApiException(TENANT_NOT_ALLOWED, TeamsTenants.REFUSAL);
        }
        return response == null ? ResponseEntity.ok().build()
                : ResponseEntity.status(response.getStatus()).body(response.getBody());
    }

    private static ApiException refusal(Activity activity, Exception failure) {
        // the SDK throws a bad token synchronously or inside the future, and not always as its own type
        if (isAuthentication(failure)) {
            return new ApiException(UNAUTHORIZED, "The request's Bot Framework token is missing or invalid.", failure);
        }
        InvalidChatInput invalid = causeOf(failure, InvalidChatInput.class);
        if (invalid != null) {
            return new ApiException(BAD_REQUEST, invalid.getMessage(), invalid);
        }
        ChatIntakeBusy busy = causeOf(failure, ChatIntakeBusy.class);
        if (busy != null) {
            // the connector retries; nothing of this activity was recorded
            return new ApiException(BUSY, busy.getMessage(), busy.retryAfter(), busy);
        }
        log.error("Teams activity {} failed", activity.getId(), failure);
        return new ApiException(INTERNAL_ERROR, "The incident ledger could not handle this activity.", failure);
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
}
