package io.incidentledger.app;

import static io.incidentledger.app.testdata.SlackPayloads.buttonClick;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.FakeSlack;
import io.incidentledger.app.testdata.LedgerEvents;
import io.incidentledger.app.testdata.RunningApp;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The headline's buttons: Slack's 200 comes only once the click is in the ledger, and a retry counts once. */
@AppOnLocalServers
class SlackButtonIT extends RunningApp {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern REF = Pattern.compile("INC-\\d+");
    @RegisterExtension
    static final FakeSlack RESPONSES = FakeSlack.start();

    @Test
    void whenAcknowledgeIsAnswered200TheAcknowledgementIsAlreadyInTheEventStore() throws Exception {
        String ref = declare("U0ADA", "Click to acknowledge");

        var clicked = client.postInteraction(click("U0ADA", "incident_ack", ref, "ack"));

        assertThat(clicked.statusCode()).isEqualTo(200);
        assertThat(LedgerEvents.count(jdbc, ref, "IncidentAcknowledged")).isEqualTo(1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(RESPONSES.calls("response_url"))
                .anySatisfy(c -> assertThat(c.body()).contains(ref + " acknowledged")));
    }

    @Test
    void whenCloseIsAnswered200TheIncidentIsAlreadyClosedInTheEventStore() throws Exception {
        String ref = declare("U0ADA", "Click to close");

        var clicked = client.postInteraction(click("U0ADA", "incident_close", ref, "close"));

        assertThat(clicked.statusCode()).isEqualTo(200);
        assertThat(closings(ref)).isEqualTo(1);
    }

    @Test
    void aRetriedClickWithTheSameTriggerIdHasExactlyOneEffect() throws Exception {
        String ref = declare("U0ADA", "Click twice");
        String triggerId = triggerId();
        String payload = buttonClick("U0ADA", "C0INCIDENTS", "incident_ack", ref,
                RESPONSES.responseUrl("retry-" + UUID.randomUUID()), triggerId, actionTs());
        long before = LedgerEvents.count(jdbc, ref, null);

        var first = client.postInteraction(payload, 0);
        var retried = client.postInteraction(payload, 1);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(LedgerEvents.count(jdbc, ref, "IncidentAcknowledged")).isEqualTo(1);
        assertThat(LedgerEvents.count(jdbc, ref, null) - before).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%.CommandAttempted' "
                + "AND convert_from(payload, 'UTF8') LIKE ?", Long.class, "%" + triggerId + "%")).isEqualTo(1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(RESPONSES.calls("response_url"))
                .anySatisfy(c -> assertThat(c.body()).contains("Already done")));
    }

    @Test
    void aClickThatIsNotPermittedIsAnsweredPolitelyAndClosesNothing() throws Exception {
        String ref = declare("U0ADA", "Someone else clicks close");
        String responseId = "refused-" + UUID.randomUUID();

        var clicked = client.postInteraction(buttonClick("U0BOB", "C0INCIDENTS", "incident_close", ref,
                RESPONSES.responseUrl(responseId), triggerId(), actionTs()));

        assertThat(clicked.statusCode()).isEqualTo(200);
        assertThat(closings(ref)).isZero();
        await().atMost(WAIT).untilAsserted(() -> assertThat(RESPONSES.calls("response_url")).anySatisfy(c ->
                assertThat(c.body()).contains("Only the lead").contains("may run `close` on " + ref)));
    }

    private String click(String user, String actionId, String ref, String response) {
        return buttonClick(user, "C0INCIDENTS", actionId, ref, RESPONSES.responseUrl(response + "-" + UUID.randomUUID()),
                triggerId(), actionTs());
    }

    private String declare(String user, String title) throws Exception {
        var reply = client.slashCommandAs(user, "C0BUTTONS", "declare " + title);
        Matcher ref = REF.matcher(new ObjectMapper().readTree(reply.body()).path("text").asText());
        assertThat(ref.find()).as(reply.body()).isTrue();
        return ref.group();
    }

    private long closings(String ref) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry e JOIN incident_directory d "
                + "ON d.incident_id = e.aggregateidentifier WHERE d.number = ? AND e.payloadtype LIKE '%.IncidentStatusChanged' "
                + "AND convert_from(e.payload, 'UTF8') LIKE '%\"to\":\"closed\"%'", Long.class, Long.parseLong(ref.substring(4)));
    }

    private static String triggerId() {
        return System.nanoTime() + "." + UUID.randomUUID().toString().replace("-", "");
    }

    private static String actionTs() {
        return String.format("%d.%06d", System.currentTimeMillis() / 1000, (System.nanoTime() / 1000) % 1_000_000);
    }
}
