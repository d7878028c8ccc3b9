package io.incidentledger.ingest.adapter.out.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import io.incidentledger.api.deadletter.DeliveryFailure;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the ledger calls Slack's Web API (Bolt's client), for {@link SlackOutbound} and for notifications
 * through {@link SlackChannelMessages}; calls honour {@code 429 Retry-After}. Any other failure is thrown, classified
 * as a {@link DeliveryFailure} where Slack answered: the processor that called retries a 5xx or an outage with
 * backoff, and parks an event Slack refuses for good. Refusals answered with {@code ok=false} go back to the caller,
 * which knows which of them are harmless ({@code already_pinned}) and which are not.
 */
final class SlackWebApi {

    private static final Logger log = LoggerFactory.getLogger(SlackWebApi.class);
    private static final int RATE_LIMIT_ATTEMPTS = 5;
    private static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private static final java.util.Set<String> TRANSIENT = java.util.Set.of("ratelimited", "internal_error",
            "fatal_error", "service_unavailable", "request_timeout", "team_added_to_org");

    /** Worth trying again later; anything else Slack refuses will be refused again. */
    static boolean isTransient(String error) {
        return error == null || TRANSIENT.contains(error);
    }

    interface Call<T extends SlackApiTextResponse> {
        T on(MethodsClient methods) throws IOException, SlackApiException;
    }

    private final MethodsClient methods;
    private final int rateLimitAttempts;

    SlackWebApi(MethodsClient methods) {
        this(methods, RATE_LIMIT_ATTEMPTS);
    }

    /** With {@code rateLimitAttempts} 1 a 429 is thrown at once, for a caller that has a backoff of its own. */
    SlackWebApi(MethodsClient methods, int rateLimitAttempts) {
        this.methods = methods;
        this.rateLimitAttempts = rateLimitAttempts;
    }

    <T extends SlackApiTextResponse> T call(String name, Call<T> call) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                T response = call.on(methods);
                if (!response.isOk() && isTransient(response.getError())) {
                    throw DeliveryFailure.unavailable("Slack " + name + " answered " + response.getError(), null);
                }
                if (!response.isOk()) {
                    log.warn("Slack {} refused: {}", name, response.getError());
                }
                return response;
            } catch (SlackApiException failure) {
                if (failure.getResponse().code() != 429 || attempt >= rateLimitAttempts) {
                    throw DeliveryFailure.ofStatus(failure.getResponse().code(),
                            "Slack " + name + " answered HTTP " + failure.getResponse().code());
                }
                Duration wait = retryAfter(failure).orElse(Duration.ofSeconds(attempt));
                log.info("Slack rate-limited {}; retrying in {}", name, wait);
                Thread.sleep(Math.min(wait.toMillis(), MAX_WAIT.toMillis()));
            }
        }
    }

    private static Optional<Duration> retryAfter(SlackApiException failure) {
        String header = failure.getResponse().header("Retry-After");
        return header == null || !header.strip().matches("\\d{1,6}") ? Optional.empty()
                : Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
    }
}
