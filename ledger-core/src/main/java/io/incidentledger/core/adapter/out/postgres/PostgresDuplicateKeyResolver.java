package io.incidentledger.core.adapter.out.postgres;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon that an append lost a race on {@code (aggregateidentifier, sequencenumber)}, so it raises a
 * {@code ConcurrencyException} and the command gateway retries on fresh state. Axon's default JDBC resolver looks for
 * {@code SQLIntegrityConstraintViolationException}, which the PostgreSQL driver never throws: it reports a unique
 * violation only by its SQLSTATE, so without this a second instance writing first failed the command outright.
 */
final class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
