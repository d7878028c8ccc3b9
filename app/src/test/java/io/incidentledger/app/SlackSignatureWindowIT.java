package io.incidentledger.app;

import static io.incidentledger.app.testdata.SlackPayloads.eventCallback;
import static io.incidentledger.app.testdata.SlackPayloads.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.app.testdata.LedgerEvents;
import io.incidentledger.app.testdata.RunningApp;
import io.incidentledger.app.testdata.SlackRequests;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The signature check's edges: a request signed for the future is refused; a non-ASCII one is taken exactly. */
@AppOnLocalServers
class SlackSignatureWindowIT extends RunningApp {

    private static final String NON_ASCII = "Gr\u00f6\u00dfe \u2014 \u969c\u5bb3 \uD83D\uDE92";
    private static final Pattern REF = Pattern.compile("INC-\\d+");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRequestSignedAnHourInTheFutureGets401AndTheLedgerIsUnchanged() {
        long before = ledgerSize();

        var response = client.slashCommand("declare Future outage", SlackRequests.now() + 3600, LedgerClient.SECRET);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"error\":\"invalid_signature\"", "5 minutes");
        assertThat(ledgerSize()).isEqualTo(before);
    }

    @Test
    void aRequestSignedSixMinutesAheadGets401Too() {
        long before = ledgerSize();

        var response = client.slashCommand("declare Skewed outage", SlackRequests.now() + 6 * 60, LedgerClient.SECRET);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(ledgerSize()).isEqualTo(before);
    }

    @Test
    void aNonAsciiTitleAndMessageAreVerifiedAndRecordedExactlyAsSent() throws Exception {
        String channel = "C0U" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        var declared = client.slashCommandAs("U0ADA", channel, "declare " + NON_ASCII);
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(200);
        String ref = refIn(declared.body());
        String eventId = "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();

        var said = client.postEvent(eventCallback(eventId, message(channel, "U0ADA", "1700000400.000100", NON_ASCII)), 0);

        assertThat(said.statusCode()).as(said.body()).isEqualTo(200);
        // compared as JSON values: the serializer may write the emoji as an escaped surrogate pair
        assertThat(JSON.readTree(LedgerEvents.firstPayload(jdbc, eventSerializer, ref, "IncidentDeclared")).path("title").asText()).isEqualTo(NON_ASCII);
        assertThat(JSON.readTree(LedgerEvents.firstPayload(jdbc, eventSerializer, ref, "ChatMessageRecorded")).path("text").asText()).isEqualTo(NON_ASCII);
    }

    private static String refIn(String body) throws Exception {
        Matcher ref = REF.matcher(JSON.readTree(body).path("text").asText());
        assertThat(ref.find()).as(body).isTrue();
        return ref.group();
    }

    private long ledgerSize() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }
}
