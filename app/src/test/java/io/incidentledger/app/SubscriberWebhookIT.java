package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentledger.app.testdata.FakeSubscriberWebhooks;
import io.incidentledger.app.testdata.SubscribersApp;
import io.incidentledger.status.notify.HmacSignature;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Webhook subscribers on a local HTTP server: Statuspage's JSON, signed; a 500 retried; a dead hook disabled. */
class SubscriberWebhookIT extends SubscribersApp {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static FakeSubscriberWebhooks hooks;

    @BeforeAll
    static void startHooks() throws Exception {
        hooks = new FakeSubscriberWebhooks();
    }

    @AfterAll
    static void stopHooks() {
        hooks.close();
    }

    @Test
    void aWebhookSubscriberGetsStatuspageJsonSignedWithItsOwnSecret() throws Exception {
        String path = "/ok/" + UUID.randomUUID();
        JsonNode subscribed = subscribe(path, "payments");
        String ref = declare("Payments failing " + path, "payments");

        var request = await().atMost(WAIT).until(() -> hooks.at(path), got -> !got.isEmpty()).get(0);
        long timestamp = Long.parseLong(request.header(HmacSignature.TIMESTAMP_HEADER));
        assertThat(Instant.ofEpochSecond(timestamp)).isBetween(Instant.now().minusSeconds(120), Instant.now().plusSeconds(5));
        assertThat(request.header(HmacSignature.SIGNATURE_HEADER))
                .isEqualTo(HmacSignature.sign(subscribed.path("secret").asText(), timestamp, request.body()));
        assertThat(HmacSignature.sign("another-secret", timestamp, request.body()))
                .isNotEqualTo(request.header(HmacSignature.SIGNATURE_HEADER));
        JsonNode body = json.readTree(request.body());
        assertThat(body.at("/meta/unsubscribe").asText()).contains("/subscriptions/unsubscribe?s=" + subscribed.path("id").asText());
        assertThat(body.at("/meta/documentation").asText()).startsWith("https://");
        assertThat(body.at("/page/id").asText()).isNotBlank();
        assertThat(body.at("/page/status_indicator").asText()).isIn("minor", "major", "critical");
        assertThat(body.at("/page/status_description").asText()).isNotBlank();
        assertThat(body.at("/incident/name").asText()).isEqualTo("Payments failing " + path);
        assertThat(body.at("/incident/status").asText()).isEqualTo("investigating");
        assertThat(body.at("/incident/shortlink").asText()).endsWith("#" + ref.toLowerCase());
        assertThat(body.at("/incident/components/0/name").asText()).isEqualTo("payments");
        assertThat(body.at("/incident/incident_updates").isArray()).isTrue();
    }

    @Test
    void a500IsRetriedAndTheMessageDeliveredOnce() throws Exception {
        String path = "/flaky/" + UUID.randomUUID();
        String id = subscribe(path, "payments").path("id").asText();
        declare("Payments flaky " + path, "payments");

        var requests = await().atMost(WAIT).until(() -> hooks.at(path), got -> got.size() >= 2);
        assertThat(requests.get(0).header("X-Ledger-Delivery")).isEqualTo(requests.get(1).header("X-Ledger-Delivery"));
        await().atMost(WAIT).until(() -> jdbc.queryForList("select state from subscriber_delivery where subscriber_id = ?",
                String.class, id), states -> states.equals(List.of("delivered")));
        assertThat(jdbc.queryForObject("select attempts from subscriber_delivery where subscriber_id = ?", Integer.class, id))
                .isEqualTo(2);
        assertThat(hooks.at(path)).hasSize(2);
        assertThat(status(id)).isEqualTo("confirmed");
    }

    @Test
    void aWebhookThatFailsThreeTimesIsDisabledAndThatIsRecordedInTheLedger() throws Exception {
        String gone = "/gone/" + UUID.randomUUID();
        String control = "/ok/" + UUID.randomUUID();
        String id = subscribe(gone, "payments").path("id").asText();
        subscribe(control, "payments");
        declare("Payments gone " + gone, "payments");

        await().atMost(WAIT).until(() -> "disabled".equals(status(id)));
        assertThat(hooks.at(gone)).hasSize(3);
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ? "
                + "and payloadtype = 'io.incidentledger.api.subscriber.SubscriberDisabled'", Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select disabled_reason from subscriber_list where subscriber_id = ?", String.class, id))
                .startsWith("failed 3 times");

        declare("Payments again " + gone, "payments");
        await().atMost(WAIT).until(() -> hooks.at(control).size() >= 2);
        assertThat(hooks.at(gone)).as("nothing more once disabled").hasSize(3);
    }

    private JsonNode subscribe(String path, String component) throws Exception {
        var response = postForm("/subscriptions", Map.of("address", List.of(hooks.url(path)), "component", List.of(component)),
                freshClient(), "Accept", "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode subscribed = json.readTree(response.body());
        String id = subscribed.path("id").asText();
        await().atMost(WAIT).until(() -> "confirmed".equals(status(id)));
        return subscribed;
    }

    private String status(String subscriber) {
        return jdbc.queryForList("select status from subscriber_list where subscriber_id = ?", String.class, subscriber)
                .stream().findFirst().orElse(null);
    }
}
