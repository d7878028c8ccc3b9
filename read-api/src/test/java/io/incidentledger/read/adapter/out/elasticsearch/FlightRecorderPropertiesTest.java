package io.incidentledger.read.adapter.out.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FlightRecorderPropertiesTest {

    @Test
    void givenAnIntervalWhenWrittenForElasticsearchThenItIsInMilliseconds() {
        assertThat(new FlightRecorderProperties(Duration.ofMillis(200)).refreshSetting()).isEqualTo("200ms");
        assertThat(new FlightRecorderProperties(Duration.ofSeconds(2)).refreshSetting()).isEqualTo("2000ms");
    }

    @Test
    void givenAnIntervalOutsideTheBoundsWhenBoundThenTheAppRefusesToStartAndSaysWhy() {
        for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofMillis(-1), Duration.ofMillis(49), Duration.ofSeconds(61)}) {
            assertThatThrownBy(() -> new FlightRecorderProperties(bad))
                    .hasMessage("ledger.flight-recorder.refresh-interval must be between 50ms and 60s");
        }
        assertThat(new FlightRecorderProperties(Duration.ofMillis(50)).refreshInterval()).isEqualTo(Duration.ofMillis(50));
    }
}
