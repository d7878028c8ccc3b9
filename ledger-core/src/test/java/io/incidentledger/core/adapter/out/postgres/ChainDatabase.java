package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.api.audit.CommandAttempted;
import io.incidentledger.api.event.TitleChanged;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.core.testdata.Commands;
import io.incidentledger.localservers.ServerEndpoints;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** A fresh database on the local PostgreSQL with the real migrations and Axon's JDBC store, chained or not. */
final class ChainDatabase {

    final JdbcTemplate jdbc;
    final JdbcChainStore chain;
    private final DriverManagerDataSource dataSource;
    private final Flyway flyway;
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(LedgerJson.newMapper()).build();

    ChainDatabase(ServerEndpoints postgres, String target) {
        String name = "chain_" + UUID.randomUUID().toString().replace("-", "");
        new JdbcTemplate(new DriverManagerDataSource(postgres.jdbcUrl(), postgres.databaseUsername(),
                postgres.databasePassword())).execute("CREATE DATABASE " + name);
        dataSource = new DriverManagerDataSource(postgres.jdbcUrl().replace("/postgres", "/" + name),
                postgres.databaseUsername(), postgres.databasePassword());
        flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
        flyway.migrate();
        jdbc = new JdbcTemplate(dataSource);
        chain = new JdbcChainStore(jdbc);
    }

    /** Transactions on this database, as the app's processors and commands run them. */
    TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    void migrateToLatest() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    JdbcEventStorageEngine chained() {
        var transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        return new ChainedEventStorageEngine(builder(transactions), transactions, new JdbcChain(jdbc), new JdbcChatKeyStore(jdbc));
    }

    /** Axon's store as it was before the chain: it writes events and no links. */
    JdbcEventStorageEngine unchained() {
        return builder(new SpringTransactionManager(new DataSourceTransactionManager(dataSource))).build();
    }

    private JdbcEventStorageEngine.Builder builder(SpringTransactionManager transactions) {
        return JdbcEventStorageEngine.builder().connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                .transactionManager(transactions).eventSerializer(serializer).snapshotSerializer(serializer);
    }

    /** A new incident in the directory, so verify names it by its ref. */
    IncidentId incident(long number) {
        IncidentId id = IncidentId.random();
        jdbc.update("INSERT INTO incident_directory (number, incident_id, declared_at) VALUES (?, ?, now())", number, id.value());
        return id;
    }

    /** A new incident whose first {@code events} title changes went through the chained store. */
    IncidentId chainedIncident(long number, int events) {
        IncidentId id = incident(number);
        chained().appendEvents(titles(id, number, 0, events));
        return id;
    }

    static List<GenericDomainEventMessage<TitleChanged>> titles(IncidentId incident, long number, int from, int count) {
        return IntStream.range(from, from + count).mapToObj(sequence -> new GenericDomainEventMessage<>("Incident",
                incident.value(), sequence, new TitleChanged(incident, new IncidentRef(number), "title " + sequence,
                "title " + (sequence + 1), Commands.ORIGIN, Instant.parse("2026-11-22T09:00:00Z").plusSeconds(sequence)))).toList();
    }

    static GenericEventMessage<CommandAttempted> attempt(String text) {
        return new GenericEventMessage<>(new CommandAttempted(null, "help", text, Commands.ORIGIN,
                "delivery-" + UUID.randomUUID(), true, "ok", Instant.now()));
    }
}
