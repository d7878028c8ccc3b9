package io.incidentledger.app;

import static io.incidentledger.app.testdata.TeamsActivities.mention;
import static io.incidentledger.app.testdata.TeamsActivities.outgoingWebhook;
import static io.incidentledger.app.testdata.TeamsRequests.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentledger.app.testdata.FakeTeamsConnector;
import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.app.testdata.RunningApp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** TEAMS_TENANT_IDS: the bot and the outgoing webhook take activities from listed tenants only. */
@ActiveProfiles("local")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.local.ephemeral=true", "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir=",
        "teams.webhook-secret=" + TeamsTenantIT.WEBHOOK_SECRET, "teams.tenant-ids=t0,t1"})
class TeamsTenantIT extends RunningApp {

    static final String WEBHOOK_SECRET = "dGVuYW50LXRlc3Qtd2ViaG9vay1zZWNyZXQtMzItYnl0ZXM=";
    private static final Duration WAIT = Duration.ofSeconds(60);
    @RegisterExtension
    static final FakeTeamsConnector FAKE = FakeTeamsConnector.start();

    @DynamicPropertySource
    static void connector(DynamicPropertyRegistry registry) {
        registry.add("teams.service-url", FAKE::serviceUrl);
    }

    @Test
    void aBotActivityFromAListedTenantIsHandled() {
        String id = fresh();
        String conversation = "19:general@thread.tacv2;messageid=" + id;

        var response = bot(mention(FAKE.serviceUrl(), conversation, id, "aad-ada", "declare Listed tenant outage"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        await().atMost(WAIT).until(() -> FAKE.posted(conversation).stream().anyMatch(c -> c.body().contains("declared")));
    }

    @Test
    void aBotActivityFromAnotherTenantGets401AndTheLedgerIsUnchanged() {
        String id = fresh();
        String conversation = "19:general@thread.tacv2;messageid=" + id;
        long before = ledgerSize();

        var response = bot(fromTenant("t-evil", mention(FAKE.serviceUrl(), conversation, id, "aad-mallory", "declare Stranger outage")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"error\":\"tenant_not_allowed\"");
        assertThat(ledgerSize()).isEqualTo(before);
        assertThat(FAKE.posted(conversation)).isEmpty();
    }

    @Test
    void aSignedOutgoingWebhookFromAnotherTenantGets401AndTheLedgerIsUnchanged() throws Exception {
        long before = ledgerSize();
        String body = fromTenant("t-evil", outgoingWebhook(fresh(), "aad-mallory", "declare Webhook stranger outage"));

        var response = client.postJson("/teams/webhook", body, "Authorization", "HMAC " + signature(WEBHOOK_SECRET, body));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"error\":\"tenant_not_allowed\"");
        assertThat(ledgerSize()).isEqualTo(before);
    }

    @Test
    void aSignedOutgoingWebhookFromAListedTenantIsAnswered() throws Exception {
        String body = outgoingWebhook(fresh(), "aad-ada", "help");

        var response = client.postJson("/teams/webhook", body, "Authorization", "HMAC " + signature(WEBHOOK_SECRET, body));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("declare");
    }

    private HttpResponse<String> bot(String activity) {
        return client.postJson("/api/messages", activity);
    }

    // the shared payloads name tenant t1 wherever Teams names one
    private static String fromTenant(String tenant, String activity) {
        String changed = activity.replace("\"t1\"", "\"" + tenant + "\"");
        assertThat(changed).isNotEqualTo(activity);
        return changed;
    }

    private long ledgerSize() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    private static String fresh() {
        return Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()));
    }
}
