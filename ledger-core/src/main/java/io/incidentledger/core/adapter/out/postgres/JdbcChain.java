package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.core.chain.ChainLink;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Writes chain links and moves each stream's head. The head row is locked ({@code FOR UPDATE}) until the
 * append commits, so two writers of one stream (the command history has many) link one after the other; streams
 * are locked in name order, so two appends that share streams cannot deadlock.
 */
class JdbcChain {

    private final JdbcTemplate jdbc;

    JdbcChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every stream's head, locked until the append commits, in one query (rows lock in name order). A stream's
     * first append (its own declaration, before anyone else can write it) records its genesis and locks it after.
     */
    private Map<String, Map<String, Object>> lockHeads(Map<String, List<ChainLink>> byStream) {
        Map<String, Map<String, Object>> heads = new TreeMap<>();
        jdbc.query(con -> {
            PreparedStatement lock = con.prepareStatement("SELECT stream, head_position, head_hash FROM ledger_chain_head "
                    + "WHERE stream = ANY (?) ORDER BY stream FOR UPDATE");
            lock.setArray(1, con.createArrayOf("varchar", byStream.keySet().toArray(String[]::new)));
            return lock;
        }, (RowCallbackHandler) row -> heads.put(row.getString(1),
                Map.of("head_position", row.getLong(2), "head_hash", row.getString(3))));
        if (heads.size() < byStream.size()) {
            byStream.forEach((stream, links) -> heads.computeIfAbsent(stream, missing -> {
                ChainLink first = links.get(0);
                boolean aggregate = first.aggregateType() != null;
                return lockHead(stream, aggregate, aggregate ? first.sequence() : 0);
            }));
        }
        return heads;
    }

    private Map<String, Object> lockHead(String stream, boolean aggregate, long genesis) {
        String lock = "SELECT head_position, head_hash FROM ledger_chain_head WHERE stream = ? FOR UPDATE";
        jdbc.update("""
                INSERT INTO ledger_chain_head (stream, aggregate, genesis_position, genesis_global_index, head_position, head_hash)
                VALUES (?, ?, ?, (SELECT coalesce(max(globalindex), 0) FROM domainevententry), ?, ?)
                ON CONFLICT (stream) DO NOTHING""", stream, aggregate, genesis, genesis - 1, ChainLink.GENESIS);
        return jdbc.queryForMap(lock, stream);
    }

    void append(List<ChainLink> links) {
        Map<String, List<ChainLink>> byStream = new TreeMap<>();
        links.forEach(link -> byStream.computeIfAbsent(link.stream(), stream -> new ArrayList<>()).add(link));
        Map<String, Map<String, Object>> locked = lockHeads(byStream);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> heads = new ArrayList<>();
        byStream.forEach((stream, streamLinks) -> {
            boolean aggregate = streamLinks.get(0).aggregateType() != null;
            var head = locked.get(stream);
            long position = ((Number) head.get("head_position")).longValue();
            String previous = ((String) head.get("head_hash")).trim();
            for (ChainLink link : streamLinks) {
                position++;
                if (aggregate && link.sequence() != position) {
                    throw new IllegalStateException("The chain of " + stream + " is at " + (position - 1)
                            + " but its next event has sequence " + link.sequence() + ": run ./ledger verify");
                }
                ChainLink placed = aggregate ? link : new ChainLink(link.stream(), position, link.eventId(), null,
                        link.type(), link.revision(), link.timestamp(), link.payload());
                String hash = placed.hash(previous);
                rows.add(new Object[] {stream, position, link.eventId(), previous, hash});
                previous = hash;
            }
            heads.add(new Object[] {stream, position, previous});
        });
        write(rows, heads);
    }

    // the links and the heads they move in one statement: one round trip, not one per table
    private void write(List<Object[]> rows, List<Object[]> heads) {
        jdbc.update(con -> {
            PreparedStatement write = con.prepareStatement("""
                    WITH links AS (
                        INSERT INTO ledger_chain (stream, position, event_identifier, previous_hash, hash)
                        SELECT * FROM unnest(?::varchar[], ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[]))
                    UPDATE ledger_chain_head h SET head_position = moved.position, head_hash = moved.hash
                    FROM unnest(?::varchar[], ?::bigint[], ?::varchar[]) AS moved (stream, position, hash)
                    WHERE h.stream = moved.stream""");
            for (int column = 0; column < 5; column++) {
                write.setArray(column + 1, array(con, rows, column));
            }
            for (int column = 0; column < 3; column++) {
                write.setArray(column + 6, array(con, heads, column));
            }
            return write;
        });
    }

    // column 1 is a position, every other one text
    private static Array array(Connection con, List<Object[]> rows, int column) throws SQLException {
        return column == 1 ? con.createArrayOf("bigint", rows.stream().map(row -> (Long) row[1]).toArray(Long[]::new))
                : con.createArrayOf("varchar", rows.stream().map(row -> (String) row[column]).toArray(String[]::new));
    }
}
