package io.incidentledger.read.adapter.out.elasticsearch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.flight-recorder.*}: how often the live index refreshes, which is how long a recorded line may wait
 * before a search finds it. Elasticsearch's own default is 1 s, and then only while the index is searched; at
 * 300 messages/s that made search the slowest view (docs/benchmarks.md, round 9: p99 0.9–2.8 s at 1 s, 375 ms at
 * 200 ms). Set explicitly, it also keeps a rarely searched index refreshing, so the first search after a quiet
 * spell does not wait for one.
 */
@ConfigurationProperties("ledger.flight-recorder")
public record FlightRecorderProperties(@DefaultValue("200ms") Duration refreshInterval) {

    public FlightRecorderProperties {
        if (refreshInterval.toMillis() < 50 || refreshInterval.toMillis() > 60_000) {
            throw new IllegalArgumentException("ledger.flight-recorder.refresh-interval must be between 50ms and 60s");
        }
    }

    /** In Elasticsearch's notation. */
    String refreshSetting() {
        return refreshInterval.toMillis() + "ms";
    }
}
