package io.incidentledger.status.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.status.StatusInputsChanged;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Names learnt inside the notification processor's batch are written once, as it commits, the last one winning. */
class JdbcDisplayNamesIT {

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;
    private static TransactionTemplate transactions;

    private final List<Object> published = new ArrayList<>();
    private final JdbcDisplayNames names = new JdbcDisplayNames(jdbc, published::add);

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        transactions = new TransactionTemplate(new DataSourceTransactionManager(postgres.getPostgresDatabase()));
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void givenABatch_whenItCommits_thenEachUserIsWrittenOnceWithTheLastNameAndThePageHearsOfIt() {
        String alice = fresh("U0ALICE");
        String bob = fresh("U0BOB");

        transactions.executeWithoutResult(status -> {
            names.remember(alice, "Alice");
            names.remember(bob, "Bob");
            names.remember(alice, "Alice Liddell");
            assertThat(stored(alice)).as("nothing is written before the batch commits").isEmpty();
        });

        assertThat(stored(alice)).containsExactly("Alice Liddell");
        assertThat(stored(bob)).containsExactly("Bob");
        assertThat(published).containsExactly(new StatusInputsChanged("display name"));
    }

    @Test
    void givenABatchThatRollsBack_whenItEnds_thenNoNameIsWritten() {
        String carol = fresh("U0CAROL");

        transactions.executeWithoutResult(status -> {
            names.remember(carol, "Carol");
            status.setRollbackOnly();
        });

        assertThat(stored(carol)).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void givenANameAlreadyStored_whenABatchRemembersItUnchanged_thenThePageIsNotToldAgain() {
        String dave = fresh("U0DAVE");
        names.remember(dave, "Dave");
        assertThat(stored(dave)).as("outside a transaction the name is written at once").containsExactly("Dave");
        published.clear();

        transactions.executeWithoutResult(status -> names.remember(dave, "Dave"));

        assertThat(stored(dave)).containsExactly("Dave");
        assertThat(published).isEmpty();
    }

    private static String fresh(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> stored(String userId) {
        return jdbc.queryForList("select name from status_display_name where user_id = ?", String.class, userId);
    }
}
