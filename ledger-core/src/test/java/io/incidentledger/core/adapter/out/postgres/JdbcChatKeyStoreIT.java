package io.incidentledger.core.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.core.erasure.ChatKeyStore.StoredKey;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionTemplate;

/** Keys noted ahead are read in one query at the first one asked for, in that transaction, and only then. */
class JdbcChatKeyStoreIT {

    @RegisterExtension
    static final ChainPostgres POSTGRES = new ChainPostgres();
    private final AtomicInteger reads = new AtomicInteger();
    private ChainDatabase db;
    private JdbcChatKeyStore keys;
    private TransactionTemplate transactions;
    private final String incident = UUID.randomUUID().toString();

    @BeforeEach
    void threeMessagesWithKeys() {
        db = POSTGRES.database("latest");
        keys = new JdbcChatKeyStore(new CountingJdbc(db.jdbc, reads));
        transactions = db.transactions();
        for (String message : List.of("1700.1", "1700.2", "1700.3")) {
            keys.keep(incident, message, ("wrapped " + message).getBytes());
        }
        reads.set(0);
    }

    @Test
    void givenNotedKeys_whenEachIsAskedFor_thenOneQueryReadsThemAll() {
        List<Optional<StoredKey>> found = transactions.execute(status -> {
            keys.prefetch(incident, List.of("1700.1", "1700.2", "1700.3", "1700.9"));
            assertThat(reads).as("noting reads nothing").hasValue(0);
            return List.of(keys.find(incident, "1700.1"), keys.find(incident, "1700.2"), keys.find(incident, "1700.3"),
                    keys.find(incident, "1700.9"));
        });

        assertThat(found).extracting(key -> key.map(stored -> new String(stored.wrapped())).orElse("none"))
                .containsExactly("wrapped 1700.1", "wrapped 1700.2", "wrapped 1700.3", "none");
        assertThat(reads).hasValue(1);
    }

    @Test
    void givenNotedKeys_whenOneIsErasedBeforeTheFirstIsAskedFor_thenItReadsAsErased() {
        Optional<StoredKey> found = transactions.execute(status -> {
            keys.prefetch(incident, List.of("1700.1", "1700.2"));
            // another instance's redaction commits between the note and the read
            var redaction = db.transactions();
            redaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
            redaction.executeWithoutResult(other -> new JdbcChatKeyStore(db.jdbc).erase(incident, "1700.1", "[redacted]"));
            return keys.find(incident, "1700.1");
        });

        assertThat(found).hasValueSatisfying(key -> {
            assertThat(key.erased()).isTrue();
            assertThat(key.erasedAs()).isEqualTo("[redacted]");
        });
    }

    @Test
    void givenNoTransaction_whenKeysAreNoted_thenEachFindReadsOnItsOwn() {
        keys.prefetch(incident, List.of("1700.1", "1700.2"));

        assertThat(keys.find(incident, "1700.1")).isPresent();
        assertThat(keys.find(incident, "1700.2")).isPresent();
        assertThat(reads).hasValue(2);
    }

    /** Counts the queries that reach PostgreSQL. */
    private static final class CountingJdbc extends JdbcTemplate {

        private final AtomicInteger reads;

        CountingJdbc(JdbcTemplate jdbc, AtomicInteger reads) {
            super(jdbc.getDataSource());
            this.reads = reads;
        }

        @Override
        public void query(PreparedStatementCreator creator, RowCallbackHandler handler) {
            reads.incrementAndGet();
            super.query(creator, handler);
        }

        @Override
        public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
            reads.incrementAndGet();
            return super.query(sql, mapper, args);
        }
    }
}
