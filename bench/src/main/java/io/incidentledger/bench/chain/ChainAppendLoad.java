package io.incidentledger.bench.chain;

import io.incidentledger.api.event.ChatMessageRecorded;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.bench.support.ClosedLoop;
import io.incidentledger.bench.support.LoadOutcome;
import io.incidentledger.core.adapter.out.postgres.ChainedEventStorageEngine;
import io.incidentledger.core.adapter.out.postgres.JdbcChatKeyStore;
import io.incidentledger.core.erasure.ChatKeys;
import io.incidentledger.core.erasure.MasterKey;
import io.incidentledger.core.erasure.SealingSerializer;
import io.incidentledger.localservers.ServerEndpoints;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * One side of the comparison: a database of its own with the real migrations, and its store: plain, chained, or
 * chained with the chat text sealed (a new message key wrapped and stored per append, as every new message has).
 */
final class ChainAppendLoad {

    enum Side { PLAIN, CHAINED, SEALED }

    private static final ChatOrigin ORIGIN = new ChatOrigin(Platform.SLACK, "C0BENCH", new ChatUser("U0BENCH", "bench"));
    private final JdbcTemplate jdbc;
    private final EventStorageEngine store;
    private final Map<Integer, IncidentId> incidents = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicLong> sequences = new ConcurrentHashMap<>();
    private final AtomicLong answered = new AtomicLong();

    private final Side side;

    ChainAppendLoad(ServerEndpoints postgres, Side side) {
        this.side = side;
        String name = side.name().toLowerCase(java.util.Locale.ROOT);
        new JdbcTemplate(new DriverManagerDataSource(postgres.jdbcUrl(), postgres.databaseUsername(),
                postgres.databasePassword())).execute("CREATE DATABASE " + name);
        // pooled as in the app: a new connection per append would measure SCRAM logins, not appends
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl().replace("/postgres", "/" + name));
        dataSource.setUsername(postgres.databaseUsername());
        dataSource.setPassword(postgres.databasePassword());
        dataSource.setMaximumPoolSize(16);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        var transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        var serializer = JacksonSerializer.builder().objectMapper(LedgerJson.newMapper()).build();
        Serializer events = side == Side.SEALED ? new SealingSerializer(LedgerJson.newMapper(),
                new ChatKeys(MasterKey.fromBase64(MasterKey.generate()), new JdbcChatKeyStore(jdbc))) : serializer;
        var builder = JdbcEventStorageEngine.builder().connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                .transactionManager(transactions).eventSerializer(events).snapshotSerializer(serializer);
        store = side == Side.PLAIN ? builder.build() : ChainedEventStorageEngine.over(builder, transactions, dataSource);
    }

    LoadOutcome run(int clients, Duration duration) throws InterruptedException {
        return ClosedLoop.run(clients, duration, (client, n) -> append(client, n));
    }

    boolean append(int client, long n) {
        IncidentId incident = incidents.computeIfAbsent(client, c -> IncidentId.random());
        long sequence = sequences.computeIfAbsent(client, c -> new AtomicLong()).getAndIncrement();
        var message = new ChatMessageRecorded(incident, new IncidentRef(client + 1), UUID.randomUUID().toString(), null,
                "a channel message of about the usual length, with a link https://status.example.com/incidents/" + n,
                ORIGIN, Instant.now());
        store.appendEvents(List.of(new GenericDomainEventMessage<>("Incident", incident.value(), sequence, message)));
        answered.incrementAndGet();
        return true;
    }

    /** Every answered append is stored, linked, and (sealed side) has its message key and no plain text. */
    void checkEveryAppendIsStored() {
        long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        long links = jdbc.queryForObject("SELECT count(*) FROM ledger_chain", Long.class);
        long keys = jdbc.queryForObject("SELECT count(*) FROM chat_text_key", Long.class);
        long plain = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE convert_from(payload, 'UTF8') LIKE "
                + "'%usual length%'", Long.class);
        boolean sealed = side == Side.SEALED;
        if (events != answered.get() || links != (side == Side.PLAIN ? 0 : events) || keys != (sealed ? events : 0)
                || plain != (sealed ? 0 : events)) {
            throw new IllegalStateException(side + ": " + answered.get() + " appends answered, " + events + " events, "
                    + links + " links, " + keys + " message keys and " + plain + " plain texts stored");
        }
    }
}
