package io.incidentledger.app.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import io.incidentledger.api.deadletter.DeliveryFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

class FailureClassifierTest {

    @Test
    void aServerThatIsDownOrSlowIsTransient() {
        assertThat(FailureClassifier.isTransient(new ConnectException("Connection refused"))).isTrue();
        assertThat(FailureClassifier.isTransient(new SocketTimeoutException("Read timed out"))).isTrue();
        assertThat(FailureClassifier.isTransient(new HttpTimeoutException("request timed out"))).isTrue();
        assertThat(FailureClassifier.isTransient(new CannotGetJdbcConnectionException("pool exhausted"))).isTrue();
        assertThat(FailureClassifier.isTransient(new QueryTimeoutException("statement timeout"))).isTrue();
        assertThat(FailureClassifier.isTransient(new NotLeaderOrFollowerException("leader moved"))).isTrue();
    }

    @Test
    void http408And429And5xxAreTransientAndEveryOther4xxIsPermanent() {
        assertThat(DeliveryFailure.ofStatus(408, "timeout").isTransient()).isTrue();
        assertThat(DeliveryFailure.ofStatus(429, "slow down").isTransient()).isTrue();
        assertThat(DeliveryFailure.ofStatus(500, "oops").isTransient()).isTrue();
        assertThat(DeliveryFailure.ofStatus(503, "down").isTransient()).isTrue();
        assertThat(DeliveryFailure.ofStatus(400, "bad").isTransient()).isFalse();
        assertThat(DeliveryFailure.ofStatus(403, "forbidden").isTransient()).isFalse();
        assertThat(DeliveryFailure.ofStatus(404, "gone").isTransient()).isFalse();
        assertThat(FailureClassifier.isTransient(DeliveryFailure.ofStatus(403, "forbidden"))).isFalse();
        assertThat(FailureClassifier.isTransient(DeliveryFailure.unavailable("Slack internal_error", null))).isTrue();
    }

    @Test
    void theFirstCauseThatKnowsDecidesEvenWhenWrapped() {
        assertThat(FailureClassifier.isTransient(new CompletionException(DeliveryFailure.ofStatus(403, "no"))))
                .isFalse();
        assertThat(FailureClassifier.isTransient(new IllegalStateException("send failed",
                new CompletionException(new ConnectException("refused"))))).isTrue();
        // a refusal caused by an I/O error is still a refusal: the adapter knew better
        assertThat(FailureClassifier.isTransient(new RuntimeException(DeliveryFailure.refused("no"))))
                .isFalse();
    }

    @Test
    void aBadValueARecordTooLargeAndMalformedJsonArePermanent() {
        assertThat(FailureClassifier.isTransient(new RecordTooLargeException("2 MB"))).isFalse();
        assertThat(FailureClassifier.isTransient(new JsonParseException(null, "Unexpected character"))).isFalse();
        assertThat(FailureClassifier.isTransient(new NullPointerException())).isFalse();
        assertThat(FailureClassifier.isTransient(new DataIntegrityViolationException("value too long",
                new SQLException("value too long for type character varying(255)", "22001")))).isFalse();
    }

    @Test
    void postgresConnectionLockAndAbortedTransactionStatesAreTransient() {
        assertThat(FailureClassifier.isTransient(new SQLException("connection lost", "08006"))).isTrue();
        assertThat(FailureClassifier.isTransient(new SQLException("could not serialize", "40001"))).isTrue();
        assertThat(FailureClassifier.isTransient(new SQLException("deadlock", "40P01"))).isTrue();
        assertThat(FailureClassifier.isTransient(new SQLException("lock timeout", "55P03"))).isTrue();
        assertThat(FailureClassifier.isTransient(new SQLException("admin shutdown", "57P01"))).isTrue();
        // the rest of a batch after another event's failure: that event decides, not this one
        assertThat(FailureClassifier.isTransient(new SQLException("current transaction is aborted", "25P02"))).isTrue();
        assertThat(FailureClassifier.isTransient(new SQLException("unique violation", "23505"))).isFalse();
    }

    @Test
    void aPlainIoErrorIsAnOutage() {
        assertThat(FailureClassifier.isTransient(new IOException("unexpected end of stream"))).isTrue();
    }
}
