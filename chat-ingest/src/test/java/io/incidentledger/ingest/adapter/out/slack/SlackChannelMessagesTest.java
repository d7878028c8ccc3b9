package io.incidentledger.ingest.adapter.out.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import io.incidentledger.api.deadletter.DeliveryFailure;
import io.incidentledger.ingest.slack.SlackProperties;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The notification port on Bolt's client, against a local Slack Web API: what is sent, and how each answer is classified. */
class SlackChannelMessagesTest {

    private static final String TOKEN = "xoxb-unit-token";

    private final SlackApiStub api = start();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aMessageIsPostedWithTheBotTokenToTheChannelWithItsTextUnchanged() throws Exception {
        String text = "INC-4 resolved: &lt;!channel&gt; " + UUID.randomUUID();

        messages(TOKEN, api.apiUrl()).post("C0OPS", text);

        assertThat(api.calls("chat.postMessage")).singleElement().satisfies(call -> {
            assertThat(call.authorization()).isEqualTo("Bearer " + TOKEN);
            assertThat(call.params()).containsEntry("channel", "C0OPS").containsEntry("text", text);
        });
    }

    @Test
    void aChannelSlackDoesNotKnowIsAPermanentRefusalThatNamesSlacksError() {
        api.answer(200, "{\"ok\":false,\"error\":\"channel_not_found\"}");

        failureOf(TOKEN, "C0GONE", false).hasMessage("Slack refused the message: channel_not_found");
    }

    @Test
    void anOutageSlackAnswersWithOkFalseOrA5xxIsTransient() {
        for (var answer : List.of(new Answer(200, "{\"ok\":false,\"error\":\"internal_error\"}"),
                new Answer(503, "{\"ok\":false,\"error\":\"service_unavailable\"}"))) {
            api.answer(answer.status(), answer.body());

            failureOf(TOKEN, "C0OPS", true).as(answer.body()).hasMessageContaining("Slack chat.postMessage answered");
        }
    }

    @Test
    void aRateLimitIsHandedBackAtOnceAsTransientForTheDispatchersBackoff() {
        api.answer(429, "{\"ok\":false,\"error\":\"ratelimited\"}");

        failureOf(TOKEN, "C0OPS", true).hasMessageContaining("HTTP 429");
        assertThat(api.calls("chat.postMessage")).as("Retry-After: 30 is not waited out in line").hasSize(1);
    }

    @Test
    void withoutABotTokenARouteIsRefusedWithASentenceAndSlackIsNeverCalled() {
        failureOf(" ", "C0OPS", false).hasMessage("No SLACK_BOT_TOKEN: cannot post to Slack channel C0OPS");
        assertThat(api.calls()).isEmpty();
    }

    @Test
    void anUnreachableSlackIsAnIoFailureWhichTheDeadLetterPolicyWaitsOut() {
        String closed = api.apiUrl();
        api.close();

        assertThatThrownBy(() -> messages(TOKEN, closed).post("C0OPS", "hello")).isInstanceOf(IOException.class);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> failureOf(String token, String channel, boolean transientFailure) {
        return assertThatThrownBy(() -> messages(token, api.apiUrl()).post(channel, "hello"))
                .isInstanceOfSatisfying(DeliveryFailure.class, failure ->
                        assertThat(failure.isTransient()).as("transient").isEqualTo(transientFailure));
    }

    private static SlackChannelMessages messages(String token, String apiUrl) {
        var config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        var properties = new SlackProperties("secret", token, apiUrl, "/incident", null, "inc", List.of("pushpin"));
        return new SlackChannelMessages(Slack.getInstance(config), properties);
    }

    private static SlackApiStub start() {
        try {
            return new SlackApiStub();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Answer(int status, String body) {
    }
}
