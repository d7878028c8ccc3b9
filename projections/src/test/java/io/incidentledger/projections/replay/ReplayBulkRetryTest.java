package io.incidentledger.projections.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentledger.projections.flightrecorder.FlightRecord;
import io.incidentledger.projections.flightrecorder.FlightRecorderRebuild;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A bulk that times out on a busy Elasticsearch is sent again, a bounded number of times, before the replay fails. */
class ReplayBulkRetryTest {

    private final List<FlightRecord> bulk = List.of(new FlightRecord("e-1", "i-1", "INC-1", "chat", "U1", "ada",
            "slack", "C1", "db is slow", Instant.parse("2026-12-01T12:00:00Z"), "SEV2"));

    @Test
    void aBulkThatTimesOutTwiceIsWrittenOnTheThirdAttempt() throws InterruptedException {
        var recorder = new FailingRecorder(2);

        LedgerReplay.writeRetrying(recorder, "flight-recorder-v2", bulk, Duration.ofMillis(1));

        assertThat(recorder.attempts).isEqualTo(3);
        assertThat(recorder.written).containsExactly(bulk);
    }

    @Test
    void aBulkThatNeverGoesThroughFailsAfterTheLastAttempt() {
        var recorder = new FailingRecorder(Integer.MAX_VALUE);

        assertThatThrownBy(() -> LedgerReplay.writeRetrying(recorder, "flight-recorder-v2", bulk, Duration.ofMillis(1)))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(recorder.attempts).isEqualTo(LedgerReplay.BULK_ATTEMPTS);
        assertThat(recorder.written).isEmpty();
    }

    private static final class FailingRecorder implements FlightRecorderRebuild {

        private final int failures;
        private final List<List<FlightRecord>> written = new ArrayList<>();
        private int attempts;

        FailingRecorder(int failures) {
            this.failures = failures;
        }

        @Override
        public void write(String generation, List<FlightRecord> records) {
            if (++attempts <= failures) {
                throw new UncheckedIOException("Elasticsearch is unreachable", new IOException("10,000 ms timeout"));
            }
            written.add(records);
        }

        @Override
        public String begin() {
            return "flight-recorder-v2";
        }

        @Override
        public String switchTo(String generation) {
            return "flight-recorder-v1";
        }

        @Override
        public String current() {
            return "flight-recorder-v1";
        }

        @Override
        public Set<String> eventIds(String generation) {
            return Set.of();
        }
    }
}
