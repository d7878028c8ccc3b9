package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.app.testdata.RunningApp;
import io.incidentledger.app.testdata.SlackRequests;
import org.junit.jupiter.api.Test;

/** Requests Slack did not sign, or signed too long ago, are refused with 401 and append nothing. */
@AppOnLocalServers
class SlackSignatureIT extends RunningApp {

    @Test
    void aForgedSignatureGets401AndTheLedgerIsUnchanged() {
        long before = ledgerSize();

        var response = client.slashCommand("declare Forged outage", SlackRequests.now(), "not-the-secret");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("signature");
        assertThat(ledgerSize()).isEqualTo(before);
    }

    @Test
    void aTimestampOlderThanFiveMinutesGets401EvenWhenCorrectlySigned() {
        long before = ledgerSize();

        var response = client.slashCommand("declare Replayed outage", SlackRequests.now() - 6 * 60,
                LedgerClient.SECRET);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(ledgerSize()).isEqualTo(before);
    }

    @Test
    void aBodyChangedAfterSigningGets401() {
        long timestamp = SlackRequests.now();
        String signed = SlackRequests.slashCommandBody("declare Small blip", "U0ADA", "C0INCIDENTS");
        String tampered = signed.replace("Small", "Huge");

        var response = client.postSlack(tampered, timestamp, SlackRequests.signature(LedgerClient.SECRET, timestamp, signed));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownCommandIsAnsweredPolitelyAndAppendsNothing() throws Exception {
        long before = ledgerSize();

        var response = client.slashCommand("explode everything");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).path("text").asText())
                .startsWith("I don't know the command 'explode'. Did you mean");
        assertThat(ledgerSize()).isEqualTo(before);
    }

    private long ledgerSize() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }
}
