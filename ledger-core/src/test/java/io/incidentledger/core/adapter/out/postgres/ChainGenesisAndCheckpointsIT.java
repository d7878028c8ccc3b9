package io.incidentledger.core.adapter.out.postgres;

import static io.incidentledger.core.adapter.out.postgres.ChainDatabase.attempt;
import static io.incidentledger.core.adapter.out.postgres.ChainDatabase.titles;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.id.IncidentId;
import io.incidentledger.core.chain.ChainVerifier;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.incidentledger.core.chain.Checkpoints;
import io.incidentledger.core.chain.ExportVerification;
import io.incidentledger.core.chain.IncidentExport;
import io.incidentledger.core.chain.SigningKey;
import io.incidentledger.core.chain.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Incidents older than the chain, concurrent writers of one stream, and signed checkpoints, on a real PostgreSQL. */
class ChainGenesisAndCheckpointsIT {

    @RegisterExtension
    static final ChainPostgres POSTGRES = new ChainPostgres();

    @Test
    void anIncidentAndACommandHistoryOlderThanTheChainAreChainedFromTheirRecordedGenesisAndVerifySaysSo() {
        var db = POSTGRES.database("11");
        IncidentId older = db.incident(3);
        db.unchained().appendEvents(titles(older, 3, 0, 4));
        db.unchained().appendEvents(attempt("before the chain"));
        db.migrateToLatest();

        db.chained().appendEvents(titles(older, 3, 4, 2));
        db.chained().appendEvents(attempt("after the chain"));
        VerificationReport report = verify(db, Optional.empty());

        assertThat(report.intact()).isTrue();
        assertThat(report.links()).isEqualTo(3);
        assertThat(report.notes()).anySatisfy(note -> assertThat(note)
                .startsWith("INC-3 is chained from sequence 4").endsWith("its 4 earlier events predate the chain"));
        assertThat(report.notes()).anySatisfy(note -> assertThat(note)
                .startsWith("io.incidentledger.api.audit.CommandAttempted is chained from its genesis")
                .endsWith("its events stored before it predate the chain"));
        assertThat(db.jdbc.queryForList("SELECT position FROM ledger_chain WHERE stream = ? ORDER BY position", Long.class,
                older.value())).containsExactly(4L, 5L);
    }

    @Test
    void concurrentWritersOfTheCommandHistoryAreLinkedOneAfterAnother() throws Exception {
        var db = POSTGRES.database("latest");
        var store = db.chained();
        var pool = Executors.newFixedThreadPool(4);
        var writes = IntStream.range(0, 40).mapToObj(i -> pool.submit(() -> store.appendEvents(attempt("help " + i)))).toList();
        for (Future<?> write : writes) {
            write.get();
        }
        pool.shutdown();

        VerificationReport report = verify(db, Optional.empty());

        assertThat(report.intact()).isTrue();
        assertThat(db.jdbc.queryForList("SELECT position FROM ledger_chain ORDER BY position", Long.class))
                .containsExactlyElementsOf(IntStream.range(0, 40).mapToObj(Long::valueOf).toList());
    }

    @Test
    void aCheckpointSignedWithTheKeyVerifiesAndAForgedSignatureIsRefused() {
        var db = POSTGRES.database("latest");
        IncidentId incident = db.chainedIncident(9, 3);
        SigningKey key = SigningKey.generate();
        var checkpoints = checkpoints(db, Optional.of(key));
        checkpoints.create(db.chain);
        assertThat(verify(db, Optional.of(key)).intact()).isTrue();

        String body = checkpoints.latest().orElseThrow().body();
        db.jdbc.update("UPDATE ledger_checkpoint SET signature = ?, public_key = ?",
                SigningKey.generate().sign(body.getBytes(StandardCharsets.UTF_8)), SigningKey.generate().publicKey());
        VerificationReport forged = verify(db, Optional.of(key));

        assertThat(forged.intact()).isFalse();
        assertThat(forged.breaks()).isEmpty();
        assertThat(forged.checkpointProblems()).singleElement().asString().endsWith("is not the configured key's: refused");
    }

    @Test
    void aChainRewrittenAfterItsCheckpointIsRefusedByTheCheckpoint() {
        var db = POSTGRES.database("latest");
        IncidentId incident = db.chainedIncident(11, 2);
        SigningKey key = SigningKey.generate();
        checkpoints(db, Optional.of(key)).create(db.chain);

        // whoever holds only the database rewrites the event and recomputes its link and head to match
        db.jdbc.update("DELETE FROM ledger_chain WHERE stream = ? AND position = 1", incident.value());
        db.jdbc.update("DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 1", incident.value());
        db.jdbc.update("UPDATE ledger_chain_head SET head_position = 0, head_hash = (SELECT hash FROM ledger_chain WHERE stream = ? AND position = 0) WHERE stream = ?",
                incident.value(), incident.value());
        db.chained().appendEvents(titles(incident, 11, 1, 1));
        VerificationReport report = verify(db, Optional.of(key));

        assertThat(report.breaks()).isEmpty();
        assertThat(report.checkpointProblems()).singleElement().asString()
                .contains(incident.value() + " at sequence 1 was signed as");
    }

    @Test
    void anIncidentsSignedExportVerifiesOfflineAndAnEditedOneOrAnotherKeyDoesNot() {
        var db = POSTGRES.database("latest");
        IncidentId incident = db.incident(12);
        db.incident(13);
        db.chained().appendEvents(titles(incident, 12, 0, 3));
        db.chained().appendEvents(attempt("help"));
        SigningKey key = SigningKey.generate();
        var checkpoints = checkpoints(db, Optional.of(key));
        checkpoints.create(db.chain);
        ObjectNode export = IncidentExport.of(db.chain, checkpoints.latest(), "INC-12").orElseThrow();

        assertThat(ExportVerification.verify(export, Optional.of(key.publicKey())).intact()).isTrue();
        assertThat(ExportVerification.verify(export, Optional.of(SigningKey.generate().publicKey())).problems())
                .singleElement().asString().contains("the signature does not hold");
        ((ObjectNode) export.path("events").get(1).path("payload")).put("to", "a better title");
        assertThat(ExportVerification.verify(export, Optional.of(key.publicKey())).problems())
                .singleElement().asString().startsWith("INC-12 at sequence 1: expected");
        assertThat(IncidentExport.of(db.chain, checkpoints.latest(), "INC-404")).isEmpty();
    }

    private static Checkpoints checkpoints(ChainDatabase db, Optional<SigningKey> key) {
        return new Checkpoints(new JdbcCheckpointStore(db.jdbc), key, Clock.systemUTC());
    }

    private static VerificationReport verify(ChainDatabase db, Optional<SigningKey> key) {
        return new ChainVerifier(db.chain, checkpoints(db, key)).verify(ChainVerifier.Progress.start());
    }
}
