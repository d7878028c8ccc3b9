package io.incidentledger.app;

import static io.incidentledger.app.testdata.SlackPayloads.declareFormSubmission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.app.testdata.LedgerEvents;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The declare form is one declaration: its summary and impact are taken with it, or nothing is declared. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.local.ephemeral=true", "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir=",
        "ledger.core.components=API,Checkout"})
class SlackDeclareFormIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    LedgerClient client;

    @BeforeEach
    void setUp() {
        client = new LedgerClient(port);
    }

    @Test
    void aFormNamingSomeoneElseAsLeadDeclaresWithItsSummaryAndImpactInTheSameDeclaration() {
        String title = "Form with texts " + fresh();

        var response = client.postInteraction(declareFormSubmission("U0EVE", "C0GENERAL", "V0" + fresh(), title, "2",
                "Card payments fail", "EU customers cannot pay", "U0BOB", "Checkout"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("response_action");
        String ref = await().atMost(WAIT).until(() -> refOf(title), found -> !found.isEmpty()).get(0);
        assertThat(LedgerEvents.firstPayload(jdbc, ref, "RoleAssigned")).contains("\"U0BOB\"");
        assertThat(LedgerEvents.firstPayload(jdbc, ref, "SummaryChanged")).contains("\"to\":\"Card payments fail\"");
        assertThat(LedgerEvents.firstPayload(jdbc, ref, "ImpactChanged")).contains("\"to\":\"EU customers cannot pay\"");
        assertThat(LedgerEvents.count(jdbc, ref, "ComponentStatusChanged")).isEqualTo(1);
    }

    @Test
    void aFormWithAComponentTheLedgerDoesNotKnowIsAnsweredInlineAndDeclaresNothing() throws Exception {
        String title = "Form with unknown component " + fresh();
        long before = jdbc.queryForObject("SELECT count(*) FROM incident_directory", Long.class);

        var response = client.postInteraction(declareFormSubmission("U0EVE", "C0GENERAL", "V0" + fresh(), title, "2",
                "Mainframe is down", null, null, "Mainframe"));

        var body = new ObjectMapper().readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        assertThat(body.path("errors").path("title").asText())
                .isEqualTo("There is no component called 'Mainframe'. Known components: API, Checkout.");
        assertThat(refOf(title)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM incident_directory", Long.class)).isEqualTo(before);
    }

    private List<String> refOf(String title) {
        return jdbc.queryForList("SELECT 'INC-' || number FROM incident_directory WHERE title = ?", String.class, title);
    }

    private static String fresh() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
