package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.core.chain.CheckpointStore;
import io.incidentledger.core.chain.SignedCheckpoint;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Signed checkpoints in {@code ledger_checkpoint} (V31), newest last. */
@Component
class JdbcCheckpointStore implements CheckpointStore {

    private static final RowMapper<SignedCheckpoint> ROW = (row, i) -> new SignedCheckpoint(row.getLong("id"),
            row.getString("body"), row.getString("signature"), row.getString("public_key"));
    private final JdbcTemplate jdbc;

    JdbcCheckpointStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SignedCheckpoint save(String body, String signature, String publicKey) {
        long id = jdbc.queryForObject("INSERT INTO ledger_checkpoint (body, signature, public_key) VALUES (?, ?, ?) RETURNING id",
                Long.class, body, signature, publicKey);
        return new SignedCheckpoint(id, body, signature, publicKey);
    }

    @Override
    public Optional<SignedCheckpoint> latest() {
        return jdbc.query("SELECT * FROM ledger_checkpoint ORDER BY id DESC LIMIT 1", ROW).stream().findFirst();
    }
}
