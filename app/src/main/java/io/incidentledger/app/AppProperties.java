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
 * @param deadLetters {@code ledger.dead-letters.*}: when a failing event is parked (see {@code deadletter/})
 * @param openapi {@code ledger.openapi.*}: the contact that /v3/api-docs states (its licence is the root LICENSE)
 */
@ConfigurationProperties("ledger")
public record AppProperties(String adminToken, String apiToken, @DefaultValue Api api,
                            @DefaultValue RequestLimits requestLimits, @DefaultValue DeadLetterPolicy deadLetters,
                            @DefaultValue OpenApi openapi) {

    /** Tries before a non-transient failure parks its event, and how much of its error message is kept. */
    public record DeadLetterPolicy(@DefaultValue("5") int maxAttempts, @DefaultValue("1000") int errorLength) {

        public DeadLetterPolicy {
            if (maxAttempts < 1 || errorLength < 50 || errorLength > 2000) {
                throw new IllegalArgumentException("ledger.dead-letters.max-attempts must be at least 1 and "
                        + "error-length between 50 and 2000");
            }
        }
    }

    record Api(@DefaultValue("false") boolean openWithoutToken) {
    }

    record OpenApi(String contactUrl) {

        boolean hasContact() {
            return contactUrl != null && !contactUrl.isBlank();
        }
    }

    /**
     * Slack's payloads stay well under 1 MB and Bot Framework's under 256 KB; nothing else here takes more than a form.
     * The headers' limit leaves room for Bot Framework's JWT and a proxy's forwarded headers.
     */
    record RequestLimits(@DefaultValue("1MB") DataSize slack, @DefaultValue("256KB") DataSize teams,
                         @DefaultValue("64KB") DataSize other, @DefaultValue("16KB") DataSize headers) {

        /** 1 MiB, 16 KiB or 100 bytes, as a refusal names its limit. */
        static String readable(DataSize size) {
            long bytes = size.toBytes();
            if (bytes % (1 << 20) == 0) {
                return bytes / (1 << 20) + " MiB";
            }
            return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
        }

        DataSize forPath(String path) {
            if (path.equals("/slack/events")) {
                return slack;
            }
            return path.equals("/api/messages") || path.equals("/teams/webhook") ? teams : other;
        }
    }
}
