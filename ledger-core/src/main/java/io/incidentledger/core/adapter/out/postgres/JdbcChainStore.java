package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.core.chain.ChainLink;
import io.incidentledger.core.chain.ChainStore;
import io.incidentledger.core.chain.StoredLink;
import io.incidentledger.core.chain.StreamHead;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the chain beside the rows of {@code domainevententry} as they are stored now, not through Axon. */
@Component
class JdbcChainStore implements ChainStore {

    private static final int FETCH = 500;
    private final JdbcTemplate jdbc;

    JdbcChainStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StreamHead> heads() {
        return jdbc.query("""
                SELECT h.*, d.number FROM ledger_chain_head h LEFT JOIN incident_directory d ON d.incident_id = h.stream
                ORDER BY h.aggregate DESC, d.number, h.stream""", (row, i) -> new StreamHead(row.getString("stream"),
                row.getObject("number") == null ? row.getString("stream") : "INC-" + row.getLong("number"),
                row.getBoolean("aggregate"), row.getLong("genesis_position"), row.getLong("genesis_global_index"),
                row.getTimestamp("genesis_at").toInstant(), row.getLong("head_position"), row.getString("head_hash").trim()));
    }

    @Override
    public void forEachLink(StreamHead head, Consumer<StoredLink> link) {
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT c.position, c.event_identifier, c.previous_hash, c.hash, e.aggregateidentifier,
                           e.sequencenumber, e.type, e.payloadtype, e.payloadrevision, e.timestamp, e.payload
                    FROM ledger_chain c LEFT JOIN domainevententry e ON e.eventidentifier = c.event_identifier
                    WHERE c.stream = ? ORDER BY c.position""");
            statement.setString(1, head.stream());
            statement.setFetchSize(FETCH);
            return statement;
        }, row -> {
            link.accept(new StoredLink(row.getLong("position"), row.getString("event_identifier"),
                    row.getString("previous_hash").trim(), row.getString("hash").trim(), event(head, row)));
        });
    }

    private static ChainLink event(StreamHead head, ResultSet row) throws SQLException {
        if (row.getString("payloadtype") == null) {
            return null;
        }
        // an aggregate's event is hashed at the place the store now gives it; a type stream's at its link's
        return new ChainLink(head.aggregate() ? row.getString("aggregateidentifier") : head.stream(),
                head.aggregate() ? row.getLong("sequencenumber") : row.getLong("position"),
                row.getString("event_identifier"), row.getString("type"), row.getString("payloadtype"),
                row.getString("payloadrevision"), row.getString("timestamp"), row.getBytes("payload"));
    }

    @Override
    public List<Long> unchainedSince(StreamHead head) {
        String sql = head.aggregate()
                ? """
                  SELECT e.sequencenumber FROM domainevententry e WHERE e.aggregateidentifier = ? AND e.sequencenumber >= ?
                  AND NOT EXISTS (SELECT 1 FROM ledger_chain c WHERE c.event_identifier = e.eventidentifier)
                  ORDER BY e.sequencenumber"""
                : """
                  SELECT e.globalindex FROM domainevententry e WHERE e.payloadtype = ? AND e.type IS NULL
                  AND e.globalindex > (SELECT genesis_global_index FROM ledger_chain_head WHERE stream = ? AND ? >= 0)
                  AND NOT EXISTS (SELECT 1 FROM ledger_chain c WHERE c.event_identifier = e.eventidentifier)
                  ORDER BY e.globalindex""";
        return head.aggregate()
                ? jdbc.queryForList(sql, Long.class, head.stream(), head.genesisPosition())
                : jdbc.queryForList(sql, Long.class, head.stream(), head.stream(), head.genesisPosition());
    }

    @Override
    public List<String> aggregatesWithoutChain() {
        return jdbc.queryForList("""
                SELECT DISTINCT e.aggregateidentifier FROM domainevententry e WHERE e.type IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM ledger_chain_head h WHERE h.stream = e.aggregateidentifier)""", String.class);
    }

    @Override
    public Optional<String> linkHash(String stream, long position) {
        return jdbc.queryForList("SELECT hash FROM ledger_chain WHERE stream = ? AND position = ?", String.class, stream, position)
                .stream().map(String::trim).findFirst();
    }

    @Override
    public long linkCount() {
        return jdbc.queryForObject("SELECT count(*) FROM ledger_chain", Long.class);
    }
}
