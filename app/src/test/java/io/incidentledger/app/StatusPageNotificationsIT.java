package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentledger.api.chat.SlackMessages;
import io.incidentledger.api.deadletter.DeadLetters;
import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.api.event.PublicUpdatePosted;
import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.app.testdata.RunningApp;
import io.incidentledger.status.NotificationRouteProperties;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.history.PageHistory;
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
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications for a real lifecycle: the ledger's events, planned by the planner the tracking processor runs and
 * delivered by the dispatcher, to a local webhook that is down at first. The shared app context has no routes, so
 * this test builds a planner and a dispatcher with one route of its own over the app's ledger and outbox.
 */
@AppOnLocalServers
class StatusPageNotificationsIT extends RunningApp {

    private static final Duration VIEWS = Duration.ofSeconds(90);
    private static final Pattern REF = Pattern.compile("INC-\\d+");
    private static final String ROUTE = "status-page-it-hook";
    private static final String SECRET = "it-webhook-secret";

    @Autowired
    EventStorageEngine storage;
    @Autowired
    PageHistory history;
    @Autowired
    DisplayNames names;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DeadLetters deadLetters;
    @Autowired
    SlackMessages slack;

    @Test
    void aStatusChangeAnUpdateAndTheResolveReachTheWebhookSignedAndNoneIsLostWhileItIsDown() throws Exception {
        try (var webhook = new StatusPageFakeWebhook()) {
            webhook.down();
            var properties = properties(webhook.url());
            var planner = new NotificationPlanner(outbox, history, names, properties, json, Clock.systemUTC());
            var dispatcher = new NotificationDispatcher(outbox, new RouteSender(json, slack, Clock.systemUTC()),
                    properties.notifications(), new TransactionTemplate(transactions), deadLetters, Clock.systemUTC());

            String ref = declare(client, "Notified checkout outage");
            say(client, "status " + ref + " identified Bad deploy found");
            say(client, "update " + ref + " Rolling back now");
            say(client, "status " + ref + " resolved All good");
            String incidentId = awaitResolved(client, ref);
            var events = storage.readEvents(incidentId);
            while (events.hasNext()) {
                var message = events.next();
                if (message.getPayload() instanceof IncidentEvent event) {
                    planner.on(event, message.getIdentifier(), message.getTimestamp(), sequenceOf(message));
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

    @Test
    void anUpdateOnAnIncidentThatHasASnapshotIsStillPlannedWithTheIncidentAsItStands() throws Exception {
        // a route of its own, so the other test's count of what is owed does not see this row
        String route = ROUTE + "-snapshot";
        var planner = new NotificationPlanner(outbox, history, names, properties(route, "http://127.0.0.1:9/"), json,
                Clock.systemUTC());
        String ref = declare(client, "Snapshotted checkout outage");
        for (int i = 0; i < 60; i++) {
            say(client, "note " + ref + " observation " + i);
        }
        String incidentId = jdbc.queryForObject("select incident_id from incident_directory where number = ?",
                String.class, Long.parseLong(ref.substring("INC-".length())));
        await().atMost(VIEWS).until(() -> jdbc.queryForObject(
                "select count(*) from snapshotevententry where aggregateidentifier = ?", Long.class, incidentId) > 0);
        say(client, "update " + ref + " Still rolling back");

        var update = storage.readEvents(incidentId).asStream()
                .filter(message -> message.getPayload() instanceof PublicUpdatePosted).findFirst().orElseThrow();
        planner.on((IncidentEvent) update.getPayload(), update.getIdentifier(), update.getTimestamp(), sequenceOf(update));

        var planned = jdbc.queryForList("select incident_ref, kind, payload from status_notification "
                + "where route = ? and event_id = ?", route, update.getIdentifier());
        assertThat(planned).hasSize(1);
        assertThat(planned.get(0).get("incident_ref")).isEqualTo(ref);
        JsonNode payload = json.readTree((String) planned.get(0).get("payload"));
        assertThat(payload.path("incident").path("name").asText()).isEqualTo("Snapshotted checkout outage");
        assertThat(payload.path("message").asText()).isEqualTo("Still rolling back");
    }

    private StatusPageProperties properties(String url) {
        return properties(ROUTE, url);
    }

    private StatusPageProperties properties(String route, String url) {
        var defaults = new StatusPageProperties("it", "IT status", "http://localhost:" + port);
        var notifications = new StatusPageProperties.Notifications(
                List.of(new NotificationRouteProperties(route, "webhook", url, SECRET)),
                Map.of("resolved", "{ref} resolved: {message}"), Duration.ofHours(1), Duration.ofMillis(100),
                Duration.ofMillis(100), Duration.ofMillis(400));
        return new StatusPageProperties(defaults.id(), defaults.name(), defaults.url(), defaults.export(),
                notifications);
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

    // the planner is handed what Axon's parameter resolvers hand it: a domain event's sequence, or none
    private static Long sequenceOf(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain
                ? domain.getSequenceNumber() : null;
    }
}
