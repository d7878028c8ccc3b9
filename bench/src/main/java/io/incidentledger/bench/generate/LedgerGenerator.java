package io.incidentledger.bench.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.event.ChatMessageRecorded;
import io.incidentledger.api.event.IncidentDeclared;
import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.api.event.IncidentStatusChanged;
import io.incidentledger.api.event.RoleAssigned;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentRole;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.bench.support.Args;
import io.incidentledger.bench.support.LedgerDatabase;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes closed incidents full of chat straight into the event store (COPY), in the exact row shape Axon writes (Jackson
 * payloads of the ledger's own event records), so replay and search can be measured on 100k–1M events without
 * typing them through Slack first. Numbers come from the ledger's own sequence, so later declarations never
 * collide; times lie {@code --days-ago} back, so the status page's 14 days stay as they were. Generated incidents
 * are not in the command side's channel directory: no chat is ever routed to them.
 * <p>
 * {@code bench/run generate --data-dir <app data dir> --incidents 10000 --messages 97}: 100 events per incident.
 */
public final class LedgerGenerator {

    private static final String[] WORDS = {"db", "pool", "exhausted", "checkout", "payments", "latency", "deploy",
            "rollback", "timeout", "kafka", "lag", "errors", "spike", "cache", "eviction", "retry", "storm", "dns",
            "certificate", "expired", "queue", "backlog", "cpu", "throttled", "node", "drained", "failover", "region"};
    private static final String[] USERS = {"ada", "bob", "chen", "dana", "eve", "farid", "grace", "hiro"};

    private static final String EMPTY_METADATA = "\\\\x" + HexFormat.of().formatHex("{}".getBytes(StandardCharsets.UTF_8));

    private LedgerGenerator() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        int incidents = args.number("incidents", 10_000);
        int messages = args.number("messages", 98);
        Instant start = Instant.now().minus(Duration.ofDays(args.number("days-ago", 30)));
        LedgerDatabase database = LedgerDatabase.from(args);
        ObjectMapper json = LedgerJson.newMapper();
        Random random = new Random(42);
        long written = 0;
        long t0 = System.nanoTime();
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            long first = reserveNumbers(c, incidents);
            // COPY rather than INSERTs: the rows stream in one command per batch, with no statement per row
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < incidents; i++) {
                List<IncidentEvent> events = incident(new IncidentRef(first + i), start.plusSeconds(60L * i), messages, random);
                for (int seq = 0; seq < events.size(); seq++) {
                    IncidentEvent event = events.get(seq);
                    // COPY's text format: tab-separated, \N for NULL, bytea as \\x + hex (the backslash escaped)
                    rows.append(event.incidentId().value()).append('\t').append(seq).append("\tIncident\t")
                            .append(UUID.randomUUID()).append('\t').append(EMPTY_METADATA).append("\t\\\\x")
                            .append(HexFormat.of().formatHex(json.writeValueAsBytes(event))).append("\t\\N\t")
                            .append(event.getClass().getName()).append('\t').append(event.at()).append('\n');
                }
                written += events.size();
                if (i % 50 == 49 || i == incidents - 1) {
                    copy.copyIn("COPY domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,"
                            + " payload, payloadrevision, payloadtype, timestamp) FROM STDIN", new StringReader(rows.toString()));
                    c.commit();
                    rows.setLength(0);
                }
                if (i % 1000 == 999) {
                    System.out.printf("%d incidents, %d events%n", i + 1, written);
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("generated %d events in %d incidents in %.1f s (%.0f events/s)%n", written, incidents, seconds, written / seconds);
    }

    private static long reserveNumbers(Connection c, int count) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT nextval('incident_number_seq')")) {
            rs.next();
            long first = rs.getLong(1);
            c.createStatement().execute("SELECT setval('incident_number_seq', " + (first + count - 1) + ")");
            c.commit();
            return first;
        }
    }

    private static List<IncidentEvent> incident(IncidentRef ref, Instant at, int messages, Random random) {
        IncidentId id = IncidentId.random();
        String channel = "CGEN" + ref.number();
        ChatOrigin lead = origin(channel, USERS[random.nextInt(USERS.length)]);
        List<IncidentEvent> events = new ArrayList<>(messages + 3);
        events.add(new IncidentDeclared(id, ref, sentence(random, 5), Severity.values()[random.nextInt(3)], lead, at));
        events.add(new RoleAssigned(id, ref, IncidentRole.LEAD, lead.user(), null, lead, at));
        for (int m = 0; m < messages; m++) {
            Instant said = at.plusSeconds(5L * (m + 1));
            ChatOrigin by = origin(channel, USERS[random.nextInt(USERS.length)]);
            events.add(new ChatMessageRecorded(id, ref, said.getEpochSecond() + "." + m, null, sentence(random, 8 + random.nextInt(12)), by, said));
        }
        Instant closed = at.plusSeconds(5L * (messages + 2));
        events.add(new IncidentStatusChanged(id, ref, IncidentStatus.INVESTIGATING, IncidentStatus.CLOSED, "Generated incident closed.", lead, closed));
        return events;
    }

    private static ChatOrigin origin(String channel, String name) {
        return new ChatOrigin(Platform.SLACK, channel, new ChatUser("U0" + name.toUpperCase(), name));
    }

    private static String sentence(Random random, int words) {
        var text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
