package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.core.chain.ChainLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

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

    /** The stream's head, locked until the append commits; a stream's first append records its genesis first. */
    private Map<String, Object> lockHead(String stream, boolean aggregate, long genesis) {
        String lock = "SELECT head_position, head_hash FROM ledger_chain_head WHERE stream = ? FOR UPDATE";
        List<Map<String, Object>> head = jdbc.queryForList(lock, stream);
        if (!head.isEmpty()) {
            return head.get(0);
        }
        jdbc.update("""
                INSERT INTO ledger_chain_head (stream, aggregate, genesis_position, genesis_global_index, head_position, head_hash)
                VALUES (?, ?, ?, (SELECT coalesce(max(globalindex), 0) FROM domainevententry), ?, ?)
                ON CONFLICT (stream) DO NOTHING""", stream, aggregate, genesis, genesis - 1, ChainLink.GENESIS);
        return jdbc.queryForMap(lock, stream);
    }

    void append(List<ChainLink> links) {
        Map<String, List<ChainLink>> byStream = new TreeMap<>();
        links.forEach(link -> byStream.computeIfAbsent(link.stream(), stream -> new ArrayList<>()).add(link));
        List<Object[]> rows = new ArrayList<>();
        Map<String, Object[]> heads = new LinkedHashMap<>();
        byStream.forEach((stream, streamLinks) -> {
            ChainLink first = streamLinks.get(0);
            boolean aggregate = first.aggregateType() != null;
            long genesis = aggregate ? first.sequence() : 0;
            var head = lockHead(stream, aggregate, genesis);
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
            heads.put(stream, new Object[] {position, previous, stream});
        });
        jdbc.batchUpdate("INSERT INTO ledger_chain (stream, position, event_identifier, previous_hash, hash) VALUES (?, ?, ?, ?, ?)", rows);
        jdbc.batchUpdate("UPDATE ledger_chain_head SET head_position = ?, head_hash = ? WHERE stream = ?", new ArrayList<>(heads.values()));
    }
}
