package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.status.NotificationRouteProperties;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.history.LedgerHistory;
import io.incidentledger.status.names.DisplayNames;
import io.incidentledger.status.notify.HmacSignature;
import io.incidentledger.status.notify.NotificationDispatcher;
import io.incidentledger.status.notify.NotificationOutbox;
import io.incidentledger.status.notify.NotificationPlanner;
import io.incidentledger.status.notify.RouteSender;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications for a real lifecycle: the ledger's events, planned by the planner the tracking processor runs and
 * delivered by the dispatcher, to a local webhook that is down at first. The shared app context has no routes, so
 * this test builds a planner and a dispatcher with one route of its own over the app's ledger and outbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.local.ephemeral=true", "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir="})
class StatusPageNotificationsIT {

    private static final Duration VIEWS = Duration.ofSeconds(90);
    private static final Pattern REF = Pattern.compile("INC-\\d+");
    private static final String ROUTE = "status-page-it-hook";
    private static final String SECRET = "it-webhook-secret";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LedgerHistory history;
    @Autowired
    DisplayNames names;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aStatusChangeAnUpdateAndTheResolveReachTheWebhookSignedAndNoneIsLostWhileItIsDown() throws Exception {
        var client = new LedgerClient(port);
        try (var webhook = new StatusPageFakeWebhook()) {
            webhook.down();
            var properties = properties(webhook.url());
            var planner = new NotificationPlanner(outbox, history, names, properties, json, Clock.systemUTC());
            var dispatcher = new NotificationDispatcher(outbox, new RouteSender(json, "http://127.0.0.1:9/", "", Clock.systemUTC()),
                    properties.notifications(), new TransactionTemplate(transactions), Clock.systemUTC());

            String ref = declare(client, "Notified checkout outage");
            say(client, "status " + ref + " identified Bad deploy found");
            say(client, "update " + ref + " Rolling back now");
            say(client, "status " + ref + " resolved All good");
            String incidentId = awaitResolved(client, ref);
            var events = eventStore.readEvents(incidentId);
            while (events.hasNext()) {
                var message = events.next();
                if (message.getPayload() instanceof IncidentEvent event) {
                    planner.on(event, message);
                }
            }
            assertThat(pending()).isEqualTo(3);

            await().atMost(VIEWS).untilAsserted(() -> {
                dispatcher.dispatchDue();
                assertThat(jdbc.queryForObject("select min(attempts) from status_notification where route = ?",
                        Integer.class, ROUTE)).isGreaterThanOrEqualTo(2);
            });
            assertThat(jdbc.queryForList("select last_error from status_notification where route = ?", String.class, ROUTE))
                    .allSatisfy(error -> assertThat(error).isNotBlank());
            assertThat(pending()).isEqualTo(3);

            webhook.up();
            await().atMost(VIEWS).untilAsserted(() -> {
                dispatcher.dispatchDue();
                assertThat(webhook.received()).hasSize(3);
            });

            assertThat(webhook.received()).extracting(StatusPageFakeWebhook.Received::event)
                    .containsExactly("status-changed", "update-posted", "resolved");
            assertThat(webhook.received()).allSatisfy(request -> assertThat(request.signature())
                    .isEqualTo(HmacSignature.sign(SECRET, Long.parseLong(request.timestamp()), request.body())));
            JsonNode resolved = json.readTree(webhook.received().get(2).body());
            assertThat(resolved.path("text").asText()).isEqualTo(ref + " resolved: All good");
            assertThat(resolved.path("incident").path("status").asText()).isEqualTo("resolved");
            assertThat(pending()).isZero();
        }
    }

    private StatusPageProperties properties(String url) {
        var defaults = new StatusPageProperties("it", "IT status", "http://localhost:" + port, List.of());
        var notifications = new StatusPageProperties.Notifications(
                List.of(new NotificationRouteProperties(ROUTE, "webhook", url, SECRET)),
                Map.of("resolved", "{ref} resolved: {message}"), Duration.ofHours(1), Duration.ofMillis(100),
                Duration.ofMillis(100), Duration.ofMillis(400));
        return new StatusPageProperties(defaults.id(), defaults.name(), defaults.url(), defaults.components(),
                defaults.export(), notifications);
    }

    private int pending() {
        return jdbc.queryForObject("select count(*) from status_notification where route = ? and delivered_at is null",
                Integer.class, ROUTE);
    }

    private String declare(LedgerClient client, String title) {
        var reply = client.slashCommandAs("U0ADA", "C0NOTIFY", "declare " + title + " severity=2");
        Matcher matcher = REF.matcher(reply.body());
        assertThat(matcher.find()).as(reply.body()).isTrue();
        return matcher.group();
    }

    private void say(LedgerClient client, String text) {
        assertThat(client.slashCommandAs("U0ADA", "C0NOTIFY", text).statusCode()).isEqualTo(200);
    }

    private String awaitResolved(LedgerClient client, String ref) {
        return await().atMost(VIEWS).until(() -> {
            for (JsonNode incident : json.readTree(client.get("/api/v2/incidents.json").body()).path("incidents")) {
                if (incident.path("shortlink").asText().endsWith("#" + ref.toLowerCase())
                        && incident.path("status").asText().equals("resolved")) {
                    return incident.path("id").asText();
                }
            }
            return null;
        }, java.util.Objects::nonNull);
    }
}
