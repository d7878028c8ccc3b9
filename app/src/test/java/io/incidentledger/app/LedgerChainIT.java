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
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
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

    private void assertTamperingIsReported(IncidentRef ref) throws Exception {
        JsonNode broken = verify();
        assertThat(broken.path("intact").asBoolean()).isFalse();
        assertThat(broken.path("breaks")).singleElement().satisfies(found -> {
            assertThat(found.path("name").asText()).isEqualTo(ref.toString());
            assertThat(found.path("sequence").asLong()).isEqualTo(2);
        });

        jdbc.update("UPDATE ledger_checkpoint SET signature = ? WHERE id = (SELECT max(id) FROM ledger_checkpoint)",
                java.util.Base64.getEncoder().encodeToString(new byte[64]));
        JsonNode forged = verify().path("checkpointProblems");
        assertThat(forged).hasSize(1);
        assertThat(forged.path(0).asText()).endsWith("is not the configured key's: refused");
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
