package io.incidentledger.ingest.adapter.in.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import java.util.List;

/**
 * Bolt's App with its signature check swapped for {@link SlackRequestSignature}, in the same place of the
 * middleware list, so the check still runs first and every other default middleware (SSL check,
 * authorization, ignoring our own events) stays as Bolt builds it.
 */
final class VerifiedSlackApp extends App {

    private final SlackRequestSignature signature;

    VerifiedSlackApp(AppConfig config, SlackRequestSignature signature) {
        super(config);
        this.signature = signature;
    }

    @Override
    protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
        if (signature == null || !config.isRequestVerificationEnabled()) {
            throw new IllegalStateException("Slack requests must be verified by SlackRequestSignature");
        }
        List<Middleware> middleware = super.buildDefaultMiddlewareList(config);
        long replaced = middleware.stream().filter(RequestVerification.class::isInstance).count();
        if (replaced != 1) {
            // a Bolt upgrade that moved its check must not leave requests unverified or verified twice
            throw new IllegalStateException("Expected Bolt's one RequestVerification middleware, found " + replaced);
        }
        middleware.replaceAll(m -> m instanceof RequestVerification ? new RequestVerification(signature) : m);
        return middleware;
    }
}
