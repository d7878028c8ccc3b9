package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.core.chain.ExportVerification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole app: a scripted incident is chained as it happens, verified, exported, and tampering is reported. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.local.ephemeral=true", "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir=",
        "ledger.core.chain.generate-key=true"})
class LedgerChainIT {

    private static final Duration VERIFY = Duration.ofSeconds(60);
    // Failsafe runs in the app module's directory
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void signingKey(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("ledger-chain-it");
        registry.add("ledger.core.chain.signing-key-file", () -> dir.resolve("signing-key").toString());
    }

    @Test
    void aScriptedIncidentVerifiesExportsForAnOfflineCheckAndAFlippedByteAndAForgedCheckpointAreReported() throws Exception {
        IncidentRef ref = new RetroScript(commands, "C0CHAIN").run("Chained checkout failures");

        JsonNode intact = verify();
        assertThat(intact.path("intact").asBoolean()).as(intact.toString()).isTrue();
        assertThat(intact.path("links").asLong()).isGreaterThanOrEqualTo(10);

        var export = send("POST", "/api/admin/chain/incidents/" + ref + "/export");
        assertThat(export.statusCode()).isEqualTo(200);
        String publicKey = json.readTree(send("GET", "/api/admin/chain/public-key").body()).path("publicKey").asText();
        assertThat(ExportVerification.verify(json.readTree(export.body()), Optional.of(publicKey)).intact()).isTrue();
        assertThat(send("POST", "/api/admin/chain/incidents/INC-99999/export").statusCode()).isEqualTo(404);

        String incident = jdbc.queryForObject("SELECT incident_id FROM incident_directory WHERE number = ?", String.class, ref.number());
        flipByte(incident);
        try {
            assertTamperingIsReported(ref);
        } finally {
            // the servers are shared with the other ITs of this JVM, whose replays read every stored event
            flipByte(incident);
        }
    }

    @Test
    void theLedgerCommandVerifiesWithAProgressBarExitsOneOnABreakAndChecksAnExportOffline(@TempDir Path dir) throws Exception {
        IncidentRef ref = new RetroScript(commands, "C0CHAINCLI").run("Chained failures checked by the command");
        assertThat(ROOT.resolve("app/target/incident-ledger-app.jar")).as("the package phase builds it before the ITs").exists();

        Run intact = ledger("verify");
        assertThat(intact.exit()).as(intact.output()).isZero();
        assertThat(intact.output()).contains("events/s  done", "the ledger verifies: ").doesNotContain("BROKEN");

        Path export = dir.resolve(ref + ".json");
        assertThat(ledger("export", ref.toString(), export.toString()).exit()).isZero();
        String publicKey = json.readTree(send("GET", "/api/admin/chain/public-key").body()).path("publicKey").asText();
        Run offline = ledger("verify", export.toString(), publicKey);
        assertThat(offline.exit()).as(offline.output()).isZero();
        assertThat(offline.output()).contains("the export verifies");
        Files.writeString(export, Files.readString(export).replace("checked by the command", "checked by nobody"));
        Run edited = ledger("verify", export.toString(), publicKey);
        assertThat(edited.exit()).as(edited.output()).isEqualTo(1);
        assertThat(edited.output()).contains("BROKEN: " + ref + " at sequence 0", "the export does not verify");

        String incident = jdbc.queryForObject("SELECT incident_id FROM incident_directory WHERE number = ?", String.class, ref.number());
        flipByte(incident);
        try {
            Run broken = ledger("verify");
            assertThat(broken.exit()).as(broken.output()).isEqualTo(1);
            assertThat(broken.output()).contains("BROKEN: " + ref + " at sequence 2: ", "the ledger does not verify");
        } finally {
            flipByte(incident);
        }
    }

    private record Run(int exit, String output) {
    }

    /** {@code ./ledger} itself, against this app; its output (stdout and stderr) goes to a file, read once it ends. */
    private Run ledger(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("ledger").toString()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("ledger-command", ".txt");
        var builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("LEDGER_URL", "http://localhost:" + port);
        builder.environment().put("LEDGER_ADMIN_TOKEN", "test-admin-token");
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./ledger " + String.join(" ", args) + " did not end: " + Files.readString(output));
        }
        return new Run(process.exitValue(), Files.readString(output));
    }

    private void assertTamperingIsReported(IncidentRef ref) throws Exception {
        JsonNode broken = verify();
        assertThat(broken.path("intact").asBoolean()).isFalse();
        assertThat(broken.path("breaks")).singleElement().satisfies(found -> {
            assertThat(found.path("name").asText()).isEqualTo(ref.toString());
            assertThat(found.path("sequence").asLong()).isEqualTo(2);
        });

        var latest = jdbc.queryForMap("SELECT id, signature FROM ledger_checkpoint ORDER BY id DESC LIMIT 1");
        jdbc.update("UPDATE ledger_checkpoint SET signature = ? WHERE id = ?",
                java.util.Base64.getEncoder().encodeToString(new byte[64]), latest.get("id"));
        try {
            JsonNode forged = verify().path("checkpointProblems");
            assertThat(forged).hasSize(1);
            assertThat(forged.path(0).asText()).endsWith("is not the configured key's: refused");
        } finally {
            // a later verify of this JVM's ledger would find the forgery still there
            jdbc.update("UPDATE ledger_checkpoint SET signature = ? WHERE id = ?", latest.get("signature"), latest.get("id"));
        }
        assertThat(new LedgerClient(port).postJson("/api/admin/chain/verify", "").statusCode()).isEqualTo(401);
    }

    /** XOR with 1: the same update twice restores the byte. */
    private void flipByte(String incident) {
        jdbc.update("UPDATE domainevententry SET payload = set_byte(payload, 15, get_byte(payload, 15) # 1) "
                + "WHERE aggregateidentifier = ? AND sequencenumber = 2", incident);
    }

    private JsonNode verify() throws Exception {
        assertThat(send("POST", "/api/admin/chain/verify").statusCode()).isEqualTo(202);
        var report = new JsonNode[1];
        await().atMost(VERIFY).untilAsserted(() -> {
            JsonNode state = json.readTree(send("GET", "/api/admin/chain/verify").body());
            assertThat(state.path("state").asText()).as(state.toString()).isEqualTo("done");
            report[0] = state.path("report");
        });
        return report[0];
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer test-admin-token").method(method, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
