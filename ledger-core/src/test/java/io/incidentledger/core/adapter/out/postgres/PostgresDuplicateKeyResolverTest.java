package io.incidentledger.core.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class PostgresDuplicateKeyResolverTest {

    private final PostgresDuplicateKeyResolver resolver = new PostgresDuplicateKeyResolver();

    @Test
    void aUniqueViolationFromThePostgresDriverIsADuplicateKeyEvenWhenWrapped() {
        var driver = new PSQLException("duplicate key value violates unique constraint", PSQLState.UNIQUE_VIOLATION);

        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("append failed", driver))).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNotMistakenForARace() {
        var connectionLost = new PSQLException("connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        var otherConstraint = new SQLException("null value in column", PSQLState.NOT_NULL_VIOLATION.getState());

        assertThat(resolver.isDuplicateKeyViolation(connectionLost)).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(otherConstraint)).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
