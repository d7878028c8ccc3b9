package io.incidentledger.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The app's own settings: who may read the internals, and how large a request body may be.
 *
 * @param adminToken the admin API's bearer token ({@code LEDGER_ADMIN_TOKEN}); blank closes the admin API
 * @param apiToken the internal read APIs' bearer token ({@code LEDGER_API_TOKEN}); blank closes them
 * @param api {@code ledger.api.open-without-token} ({@code LEDGER_API_OPEN}): open them to anyone while no token is set
 * @param requestLimits the largest body each kind of endpoint reads; a larger one gets 413 before it is read
 */
@ConfigurationProperties("ledger")
record AppProperties(String adminToken, String apiToken, @DefaultValue Api api,
                     @DefaultValue RequestLimits requestLimits) {

    record Api(@DefaultValue("false") boolean openWithoutToken) {
    }

    /** Slack's payloads stay well under 1 MB and Bot Framework's under 256 KB; nothing else here takes more than a form. */
    record RequestLimits(@DefaultValue("1MB") DataSize slack, @DefaultValue("256KB") DataSize teams,
                         @DefaultValue("64KB") DataSize other) {

        DataSize forPath(String path) {
            if (path.equals("/slack/events")) {
                return slack;
            }
            return path.equals("/api/messages") || path.equals("/teams/webhook") ? teams : other;
        }
    }
}
