package io.incidentledger.subscribers.subscribe;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.http.ErrorCode;
import io.incidentledger.subscribers.SubscribersProperties;
import io.incidentledger.subscribers.keys.SubscriberSecrets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters in PostgreSQL, so every instance counts the same subscriptions: per address (the form must
 * not mail a stranger over and over) and per client IP (nor mail many strangers). Keys are pseudonyms.
 */
@Component
class RateLimits {

    private final JdbcTemplate jdbc;
    private final SubscribersProperties.Limits limits;
    private final Clock clock;

    RateLimits(JdbcTemplate jdbc, SubscribersProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.limits = properties.limits();
        this.clock = clock;
    }

    void count(SubscriberSecrets secrets, String address, String client) {
        Instant window = windowStart();
        int byClient = hit(secrets.pseudonym("client:" + client), window);
        int byAddress = hit(secrets.pseudonym("address:" + address), window);
        if (byClient > limits.perClient() || byAddress > limits.perAddress()) {
            Duration wait = Duration.between(clock.instant(), window.plus(limits.window()));
            throw new ApiException(ErrorCode.RATE_LIMITED, "Too many subscriptions from this address or this client; "
                    + "try again later.", wait.isNegative() ? Duration.ofSeconds(1) : wait.plusSeconds(1), null);
        }
    }

    void prune() {
        jdbc.update("delete from subscriber_rate where window_start < ?", Timestamp.from(windowStart()));
    }

    private int hit(String key, Instant window) {
        Integer hits = jdbc.queryForObject("insert into subscriber_rate (key, window_start, hits) values (?, ?, 1) "
                + "on conflict (key) do update set hits = case when subscriber_rate.window_start = excluded.window_start "
                + "then subscriber_rate.hits + 1 else 1 end, window_start = excluded.window_start returning hits",
                Integer.class, key, Timestamp.from(window));
        return hits == null ? 0 : hits;
    }

    private Instant windowStart() {
        long size = limits.window().toMillis();
        return Instant.ofEpochMilli(clock.millis() / size * size);
    }
}
