package io.incidentledger.ingest.adapter.out.teams;

import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.rest.ErrorResponseException;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationResourceResponse;
import com.microsoft.bot.schema.teams.ChannelInfo;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import io.incidentledger.api.deadletter.DeliveryFailure;
import io.incidentledger.ingest.teams.TeamsProperties;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bot connector for the incident channel. {@code 429} waits out {@code Retry-After}; any other failure is
 * thrown as a {@link DeliveryFailure}: the processor retries a 5xx with backoff, and parks an event refused with a
 * 4xx after a few tries.
 */
final class TeamsConnector {

    private static final Logger log = LoggerFactory.getLogger(TeamsConnector.class);
    private static final int ATTEMPTS = 5;

    private final TeamsProperties teams;
    private final RestConnectorClient client;

    TeamsConnector(TeamsProperties teams) {
        this.teams = teams;
        var credentials = teams.hasAppId()
                ? new MicrosoftAppCredentials(teams.appId(), teams.appPassword(), teams.tenantId())
                : MicrosoftAppCredentials.empty();
        this.client = new RestConnectorClient(teams.serviceUrl(), credentials);
    }

    String serviceUrl() {
        return teams.serviceUrl();
    }

    ConversationResourceResponse createThread(Activity card) throws InterruptedException {
        var parameters = new ConversationParameters();
        parameters.setIsGroup(true);
        // the SDK's own types: its request validator cannot reflect into java.util collections on Java 17
        var channelData = new TeamsChannelData();
        channelData.setChannel(new ChannelInfo(teams.incidentChannelId()));
        parameters.setChannelData(channelData);
        parameters.setTenantId(teams.tenantId());
        parameters.setActivity(card);
        return call("createConversation", c -> c.getConversations().createConversation(parameters));
    }

    void updateCard(String conversationId, String activityId, Activity card) throws InterruptedException {
        card.setId(activityId);
        call("updateActivity", c -> c.getConversations().updateActivity(conversationId, activityId, card));
    }

    private <T> T call(String name, Function<RestConnectorClient, CompletableFuture<T>> call) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.apply(client).join();
            } catch (CompletionException failure) {
                if (!(failure.getCause() instanceof ErrorResponseException error)) {
                    throw failure;
                }
                if (error.response().code() != 429 || attempt == ATTEMPTS) {
                    // classified here, where the SDK's type is known: a 4xx is parked, a 5xx or 429 waited out
                    throw DeliveryFailure.ofStatus(error.response().code(),
                            "Teams " + name + " answered HTTP " + error.response().code());
                }
                String retryAfter = error.response().headers().get("Retry-After");
                Duration wait = retryAfter != null && retryAfter.strip().matches("\\d{1,5}")
                        ? Duration.ofSeconds(Long.parseLong(retryAfter.strip())) : Duration.ofSeconds(attempt);
                log.info("Teams rate-limited {}; retrying in {}", name, wait);
                Thread.sleep(Math.min(wait.toMillis(), 30_000));
            }
        }
    }
}
