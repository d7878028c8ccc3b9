package io.incidentledger.app.deadletter;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.incidentledger.api.deadletter.DeliveryFailure;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.axonframework.common.AxonTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Transient or not, from the whole cause chain: the first cause that says so wins. Network I/O, timeouts, a server
 * refusing connections, a PostgreSQL connection, lock or serialization failure and Kafka's retriable errors are
 * outages; anything else (a bad value, a 4xx, a record too large) would fail the same way again.
 */
final class FailureClassifier {

    // connection (08), rollback (40), resources (53), operator (57), lock timeout, and "transaction already aborted"
    private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "40", "53", "57");
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("55P03", "25P02");

    private FailureClassifier() {
    }

    static boolean isTransient(Throwable error) {
        Set<Throwable> seen = new java.util.HashSet<>();
        for (Throwable cause = error; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof DeliveryFailure failure) {
                return failure.isTransient();
            }
            if (cause instanceof RecordTooLargeException || cause instanceof JsonProcessingException) {
                return false;
            }
            if (cause instanceof IOException || cause instanceof TimeoutException || cause instanceof RetriableException
                    || cause instanceof AxonTransientException || cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLException sql && transientState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean transientState(String state) {
        return state != null && state.length() == 5
                && (TRANSIENT_SQL_CLASSES.contains(state.substring(0, 2)) || TRANSIENT_SQL_STATES.contains(state));
    }
}
