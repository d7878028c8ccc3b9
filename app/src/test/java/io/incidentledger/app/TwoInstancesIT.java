package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.app.testdata.RunningApp;
import io.incidentledger.projections.replay.ReplayLease;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A second instance on the first one's PostgreSQL, Kafka and Elasticsearch: it starts no server of its own, and
 * commands racing through both on the same incidents all land once, because a lost append race is retried.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.local.ephemeral=true", "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir="})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT extends RunningApp {

    private static final Pattern REF = Pattern.compile("INC-\\d+");
    private static final Duration VIEWS = Duration.ofSeconds(90);
    private static final String ADMIN_TOKEN = "two-instances-admin-token";

    @Autowired
    Environment first;
    @Autowired
    EventStorageEngine storage;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ReplayLease replayLease;
    @TempDir
    Path dataDir;
    ConfigurableApplicationContext second;
    List<LedgerClient> instances;
    long serverProcessesOfTheFirst;

    @BeforeAll
    void startTheSecondInstance() {
        serverProcessesOfTheFirst = serverProcesses();
        // arguments, not default properties: application.properties would win over those
        second = new SpringApplicationBuilder(IncidentLedgerApplication.class).run(
                "--server.port=0",
                "--slack.signing-secret=" + LedgerClient.SECRET,
                "--ledger.projections.state-dir=",
                "--ledger.data-dir=" + dataDir,
                "--ledger.db.url=" + first.getProperty("spring.datasource.url"),
                "--ledger.db.username=" + first.getProperty("spring.datasource.username"),
                "--ledger.db.password=" + first.getProperty("spring.datasource.password"),
                "--kafka.bootstrap.servers=" + first.getProperty("spring.kafka.bootstrap-servers"),
                "--elasticsearch.url=" + first.getProperty("spring.elasticsearch.uris"),
                "--ledger.admin-token=" + ADMIN_TOKEN);
        int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
        instances = List.of(new LedgerClient(port), new LedgerClient(secondPort));
    }

    @AfterAll
    void stopTheSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void theSecondInstanceStartsNoServerOfItsOwn() throws Exception {
        assertThat(second.getEnvironment().getProperty("spring.datasource.url"))
                .isEqualTo(first.getProperty("spring.datasource.url"));
        assertThat(serverProcesses()).isEqualTo(serverProcessesOfTheFirst);
        try (var left = Files.list(dataDir)) {
            assertThat(left).as("nothing written to the second instance's data directory").isEmpty();
        }
    }

    @Test
    void anAppendThatLosesTheRaceForASequenceNumberIsAConcurrencyConflictThatTheGatewayRetries() {
        String aggregate = UUID.randomUUID().toString();
        // one transaction, rolled back: the probe must never reach the shared ledger and its processors
        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            transaction.setRollbackOnly();
            storage.appendEvents(event(aggregate, 1));

            assertThatThrownBy(() -> storage.appendEvents(event(aggregate, 1)))
                    .isInstanceOf(ConcurrencyException.class);
        });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, aggregate)).isZero();
    }

    @Test
    void aReplayIsRefusedWith409WhileAnotherInstanceHoldsTheDeploymentsReplayLease() throws Exception {
        try (var held = replayLease.tryAcquire().orElseThrow()) {
            var refused = instances.get(1).postJson("/api/admin/replay", "", "Authorization", "Bearer " + ADMIN_TOKEN);

            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(json.readTree(refused.body()).path("error").asText()).isEqualTo("replay_running_elsewhere");
            assertThat(replayLease.tryAcquire()).as("one holder at a time, even in one process").isEmpty();
        }
        try (var again = replayLease.tryAcquire().orElseThrow()) {
            assertThat(again).as("released when closed").isNotNull();
        }
    }

    @Test
    void concurrentCommandsThroughBothInstancesAllLandExactlyOnce() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> declared = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                LedgerClient client = instances.get(i % 2);
                String channel = "C" + fresh();
                declared.add(pool.submit(() -> declare(client, channel)));
            }
            Set<String> refs = new TreeSet<>();
            for (Future<String> ref : declared) {
                refs.add(ref.get());
            }
            assertThat(refs).as("every declaration got its own number").hasSize(10);

            List<Callable<String>> notes = new ArrayList<>();
            List<String> targets = List.copyOf(refs).subList(0, 4);
            for (int i = 0; i < 120; i++) {
                LedgerClient client = instances.get(i % 2);
                String text = "note " + targets.get(i % 4) + " racing note " + i;
                notes.add(() -> client.slashCommandAs("U0ADA", "C" + fresh(), text).body());
            }
            for (Future<String> reply : pool.invokeAll(notes)) {
                assertThat(reply.get()).contains("Note added to");
            }
            for (String ref : targets) {
                assertThat(notesOf(ref)).as(ref).isEqualTo(30);
            }
            await().atMost(VIEWS).untilAsserted(() -> {
                for (LedgerClient client : instances) {
                    assertThat(unresolvedRefs(client)).containsAll(refs);
                }
            });
            assertThat(unresolvedRefs(instances.get(0))).isEqualTo(unresolvedRefs(instances.get(1)));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givenAnIncidentCachedByTheFirstInstance_whenTheSecondChangesIt_thenTheFirstReloadsItInsteadOfRefusingOnStaleState()
            throws Exception {
        LedgerClient firstInstance = instances.get(0);
        LedgerClient secondInstance = instances.get(1);
        String ref = declare(firstInstance, "C" + fresh());
        // a command through the first instance leaves the incident loaded there, at SEV3
        assertThat(text(firstInstance.slashCommandAs("U0ADA", "C" + fresh(), "note " + ref + " cached here").body()))
                .startsWith("Note added");

        assertThat(text(secondInstance.slashCommandAs("U0ADA", "C" + fresh(), "severity " + ref + " 1").body()))
                .endsWith("→ SEV1.");
        // a stale copy would still be at SEV3 and refuse this as "already SEV3", a final refusal
        var back = firstInstance.slashCommandAs("U0ADA", "C" + fresh(), "severity " + ref + " 3");

        assertThat(text(back.body())).startsWith(ref + " severity").endsWith("→ SEV3.");
        assertThat(eventsOf(ref, "SeverityChanged")).isEqualTo(2);
        assertThat(text(firstInstance.slashCommandAs("U0ADA", "C" + fresh(), "severity " + ref + " 3").body()))
                .as("the reloaded copy is current").isEqualTo(ref + " is already SEV3.");
    }

    private static GenericDomainEventMessage<String> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Probe", aggregate, sequence, "written by " + aggregate);
    }

    private String declare(LedgerClient client, String channel) {
        String body = client.slashCommandAs("U0ADA", channel, "declare Twin outage " + fresh() + " severity=3").body();
        var matcher = REF.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group();
    }

    private long notesOf(String ref) {
        return eventsOf(ref, "InternalNoteAdded");
    }

    private long eventsOf(String ref, String type) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry e JOIN incident_directory d "
                + "ON d.incident_id = e.aggregateidentifier WHERE d.number = ? AND e.payloadtype LIKE ?",
                Long.class, Long.parseLong(ref.substring("INC-".length())), "%." + type);
    }

    private String text(String body) throws Exception {
        return json.readTree(body).path("text").asText();
    }

    private Set<String> unresolvedRefs(LedgerClient client) throws Exception {
        Set<String> refs = new TreeSet<>();
        var unresolved = json.readTree(client.get("/api/v2/incidents/unresolved.json").body()).path("incidents");
        for (var incident : unresolved) {
            var matcher = Pattern.compile("inc-\\d+$").matcher(incident.path("shortlink").asText());
            if (matcher.find()) {
                refs.add(matcher.group().toUpperCase());
            }
        }
        return refs;
    }

    private static long serverProcesses() {
        return ProcessHandle.current().descendants()
                .filter(process -> process.info().commandLine().orElse("").matches(".*(postgres|elasticsearch).*"))
                .count();
    }

    private static String fresh() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
