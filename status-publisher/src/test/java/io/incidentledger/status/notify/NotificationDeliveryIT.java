package io.incidentledger.status.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.chat.SlackMessages;
import io.incidentledger.api.deadletter.DeliveryFailure;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.api.testdata.RecordingDeadLetters;
import io.incidentledger.status.NotificationRouteProperties;
import io.incidentledger.status.StatusPageProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox on a real PostgreSQL (with the real migration) delivering to a local webhook that goes down. */
class NotificationDeliveryIT {

    private static final String SECRET = "webhook-secret";
    // these routes are webhooks: the Slack port is never asked
    private static final SlackMessages NO_SLACK = (channel, text) -> {
        throw new AssertionError("no Slack route here");
    };
    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;

    private final ObjectMapper json = LedgerJson.newMapper();

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void notificationsReachTheWebhookSignedAndWhileItIsDownAreRetriedAndNoneIsLost() throws Exception {
        try (var webhook = new FakeWebhook()) {
            var dispatcher = dispatcher(webhook.url());
            var outbox = new NotificationOutbox(jdbc);
            webhook.down();
            IntStream.range(0, 5).forEach(i -> outbox.enqueue("event-" + i, "hook", NotificationKind.UPDATE_POSTED, "INC-1",
                    "update " + i, "{\"id\":\"event-" + i + "\",\"text\":\"update " + i + "\"}"));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                dispatcher.dispatchDue();
                assertThat(jdbc.queryForObject("select min(attempts) from status_notification", Integer.class)).isGreaterThanOrEqualTo(2);
            });
            assertThat(jdbc.queryForList("select last_error from status_notification", String.class))
                    .allSatisfy(error -> assertThat(error).contains("ConnectException"));
            assertThat(jdbc.queryForObject("select count(*) from status_notification where delivered_at is not null", Integer.class))
                    .isZero();

            webhook.up();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                dispatcher.dispatchDue();
                assertThat(webhook.received()).hasSize(5);
            });

            assertThat(webhook.received()).extracting(FakeWebhook.Received::body).containsExactlyInAnyOrder(
                    IntStream.range(0, 5).mapToObj(i -> "{\"id\":\"event-" + i + "\",\"text\":\"update " + i + "\"}").toArray(String[]::new));
            assertThat(webhook.received()).allSatisfy(request -> {
                long timestamp = Long.parseLong(request.header(HmacSignature.TIMESTAMP_HEADER));
                assertThat(request.header(HmacSignature.SIGNATURE_HEADER))
                        .isEqualTo(HmacSignature.sign(SECRET, timestamp, request.body()))
                        .isNotEqualTo(HmacSignature.sign("wrong", timestamp, request.body()));
                assertThat(request.header("X-Ledger-Event")).isEqualTo("update-posted");
            });
            assertThat(jdbc.queryForObject("select count(*) from status_notification where delivered_at is null", Integer.class))
                    .isZero();
            dispatcher.dispatchDue();
            assertThat(webhook.received()).as("a delivered notification is never sent again").hasSize(5);
        }
    }

    @Test
    void aRowTheRouteRefusesIsParkedAfterTheLimitWhileTheRowsAfterItAreDeliveredAndARetrySendsIt() throws Exception {
        try (var webhook = new FakeWebhook()) {
            var deadLetters = routeDeadLetters(3);
            var dispatcher = dispatcher(webhook.url(), deadLetters);
            var outbox = new NotificationOutbox(jdbc);
            String refused = "refused-" + java.util.UUID.randomUUID();
            webhook.refuse(refused);
            outbox.enqueue(refused, "hook", NotificationKind.UPDATE_POSTED, "INC-7", "refused",
                    "{\"id\":\"" + refused + "\"}");
            String after = "after-" + java.util.UUID.randomUUID();
            outbox.enqueue(after, "hook", NotificationKind.UPDATE_POSTED, "INC-7", "after", "{\"id\":\"" + after + "\"}");

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                dispatcher.dispatchDue();
                assertThat(deadLetters.parked()).hasSize(1);
            });
            var letter = deadLetters.parked().get(0);
            assertThat(letter.processor()).isEqualTo(NotificationDispatcher.PROCESSOR);
            assertThat(letter.eventId()).isEqualTo(refused + "/hook");
            assertThat(letter.attempts()).isEqualTo(3);
            assertThat(letter.errorMessage()).contains("HTTP 422");
            assertThat(webhook.received()).extracting(FakeWebhook.Received::body).contains("{\"id\":\"" + after + "\"}");
            dispatcher.dispatchDue();
            assertThat(jdbc.queryForObject("select attempts from status_notification where event_id = ?", Integer.class,
                    refused)).as("a parked row is not sent again by itself").isEqualTo(3);

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> dispatcher.redeliver(letter.eventId()))
                    .hasMessageContaining("HTTP 422");
            webhook.accept(refused);
            dispatcher.redeliver(letter.eventId());
            assertThat(webhook.received()).extracting(FakeWebhook.Received::body).contains("{\"id\":\"" + refused + "\"}");
            assertThat(jdbc.queryForObject("select count(*) from status_notification where event_id = ? "
                    + "and delivered_at is not null", Integer.class, refused)).isEqualTo(1);
        } finally {
            // the other test counts every row of the shared outbox
            jdbc.update("delete from status_notification where route = 'hook' and (event_id like 'refused-%' "
                    + "or event_id like 'after-%')");
        }
    }

    @Test
    void backoffDoublesUpToTheCap() {
        var dispatcher = dispatcher("http://127.0.0.1:9/unused");

        assertThat(List.of(0, 1, 2, 3, 30).stream().map(dispatcher::backoff).toList()).containsExactly(
                Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(500),
                Duration.ofMillis(500));
    }

    private NotificationDispatcher dispatcher(String url) {
        return dispatcher(url, routeDeadLetters(1_000));
    }

    private NotificationDispatcher dispatcher(String url, RecordingDeadLetters deadLetters) {
        var settings = new StatusPageProperties.Notifications(
                List.of(new NotificationRouteProperties("hook", "webhook", url, SECRET)), Map.of(), Duration.ofHours(1),
                Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMillis(500));
        return new NotificationDispatcher(new NotificationOutbox(jdbc), new RouteSender(json, NO_SLACK, Clock.systemUTC()),
                settings, new TransactionTemplate(new DataSourceTransactionManager(postgres.getPostgresDatabase())),
                deadLetters, Clock.systemUTC());
    }

    // the app's policy for HTTP routes: a refusal is permanent, an unreachable route transient
    private static RecordingDeadLetters routeDeadLetters(int maxAttempts) {
        return new RecordingDeadLetters(maxAttempts,
                error -> !(error instanceof DeliveryFailure failure) || failure.isTransient());
    }
}
