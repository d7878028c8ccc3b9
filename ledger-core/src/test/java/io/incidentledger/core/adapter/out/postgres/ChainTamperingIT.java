package io.incidentledger.core.adapter.out.postgres;

import static io.incidentledger.core.adapter.out.postgres.ChainDatabase.attempt;
import static io.incidentledger.core.adapter.out.postgres.ChainDatabase.titles;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.id.IncidentId;
import io.incidentledger.core.chain.ChainBreak;
import io.incidentledger.core.chain.ChainVerifier;
import io.incidentledger.core.chain.Checkpoints;
import io.incidentledger.core.chain.VerificationReport;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The chain on a real PostgreSQL: written with every append, and tampering with the store found where it happened. */
class ChainTamperingIT {

    @RegisterExtension
    static final ChainPostgres POSTGRES = new ChainPostgres();
    private ChainDatabase db;
    private IncidentId incident;

    @BeforeEach
    void sixEventsOfOneIncidentAndThreeCommandsInTheHistory() {
        db = POSTGRES.database("latest");
        incident = db.incident(7);
        var store = db.chained();
        store.appendEvents(titles(incident, 7, 0, 2));
        store.appendEvents(titles(incident, 7, 2, 4));
        store.appendEvents(List.of(attempt("help"), attempt("status")));
        store.appendEvents(attempt("list"));
    }

    @Test
    void everyAppendedEventIsLinkedAndAnUntouchedStoreVerifies() {
        VerificationReport report = verify();

        assertThat(report.intact()).isTrue();
        assertThat(report.links()).isEqualTo(9);
        assertThat(report.breaks()).isEmpty();
        assertThat(db.jdbc.queryForObject("SELECT count(*) FROM ledger_chain WHERE stream = ?", Long.class,
                "io.incidentledger.api.audit.CommandAttempted")).isEqualTo(3);
        assertThat(db.jdbc.queryForList("SELECT position FROM ledger_chain WHERE stream = ? ORDER BY position", Long.class,
                incident.value())).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void flippingOneByteOfOneStoredPayloadIsFoundAtItsIncidentAndSequence() {
        db.jdbc.update("""
                UPDATE domainevententry SET payload = set_byte(payload, position('title 4'::bytea in payload) + 5,
                       get_byte(payload, position('title 4'::bytea in payload) + 5) # 1)
                WHERE aggregateidentifier = ? AND sequencenumber = 3""", incident.value());

        ChainBreak found = onlyBreak(verify());

        assertThat(found.name()).isEqualTo("INC-7");
        assertThat(found.sequence()).isEqualTo(3);
        assertThat(found.expected()).isEqualTo(linkHash(3)).isNotEqualTo(found.found());
        assertThat(new String(db.jdbc.queryForObject("SELECT payload FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND sequencenumber = 3", byte[].class, incident.value()))).contains("title 5");
    }

    @Test
    void deletingOneEventIsFoundAtItsIncidentAndSequence() {
        db.jdbc.update("DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 2", incident.value());

        ChainBreak found = onlyBreak(verify());

        assertThat(found.name()).isEqualTo("INC-7");
        assertThat(found.sequence()).isEqualTo(2);
        assertThat(found.expected()).isEqualTo(linkHash(2));
        assertThat(found.found()).isEqualTo("no event");
    }

    @Test
    void deletingAnEventWithItsLinkIsFoundAtTheGap() {
        db.jdbc.update("DELETE FROM ledger_chain WHERE stream = ? AND position = 4", incident.value());
        db.jdbc.update("DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 4", incident.value());

        ChainBreak found = onlyBreak(verify());

        assertThat(found.sequence()).isEqualTo(4);
        assertThat(found.reason()).isEqualTo("a link is missing");
    }

    @Test
    void reorderingTwoEventsIsFoundAtTheFirstOfThem() {
        db.jdbc.update("UPDATE domainevententry SET sequencenumber = -1 WHERE aggregateidentifier = ? AND sequencenumber = 1", incident.value());
        db.jdbc.update("UPDATE domainevententry SET sequencenumber = 1 WHERE aggregateidentifier = ? AND sequencenumber = 2", incident.value());
        db.jdbc.update("UPDATE domainevententry SET sequencenumber = 2 WHERE aggregateidentifier = ? AND sequencenumber = -1", incident.value());

        ChainBreak found = onlyBreak(verify());

        assertThat(found.name()).isEqualTo("INC-7");
        assertThat(found.sequence()).isEqualTo(1);
        assertThat(found.expected()).isEqualTo(linkHash(1)).isNotEqualTo(found.found());
    }

    @Test
    void anEditedCommandInTheHistoryIsFoundInItsOwnStream() {
        db.jdbc.update("UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'status', 'close'), 'UTF8') "
                + "WHERE payloadtype = 'io.incidentledger.api.audit.CommandAttempted'");

        ChainBreak found = onlyBreak(verify());

        assertThat(found.stream()).isEqualTo("io.incidentledger.api.audit.CommandAttempted");
        assertThat(found.sequence()).isEqualTo(1);
    }

    @Test
    void anEventWrittenAroundTheChainIsFound() {
        db.unchained().appendEvents(titles(incident, 7, 6, 1));

        ChainBreak found = onlyBreak(verify());

        assertThat(found.sequence()).isEqualTo(6);
        assertThat(found.reason()).isEqualTo("a stored event is not in the chain");
    }

    private VerificationReport verify() {
        return new ChainVerifier(db.chain, new Checkpoints(new JdbcCheckpointStore(db.jdbc), Optional.empty(),
                Clock.systemUTC())).verify(ChainVerifier.Progress.start());
    }

    private static ChainBreak onlyBreak(VerificationReport report) {
        assertThat(report.intact()).isFalse();
        assertThat(report.breaks()).hasSize(1);
        return report.breaks().get(0);
    }

    private String linkHash(long position) {
        return db.chain.linkHash(incident.value(), position).orElseThrow();
    }
}
