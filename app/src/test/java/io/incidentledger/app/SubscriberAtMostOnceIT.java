package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentledger.app.testdata.FakeSubscriberWebhooks;
import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.app.testdata.RunningApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A mass send interrupted by a restart: 500 webhook subscribers, the sending instance stopped while it sends and
 * started again, and each subscriber gets the incident exactly once. The servers' own app has subscriptions off,
 * so only the sending instance sends; it runs in a JVM of its own (the own-servers execution).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.local.ephemeral=true", "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir="})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubscriberAtMostOnceIT extends RunningApp {

    private static final int SUBSCRIBERS = 500;
    private static final Duration WAIT = Duration.ofMinutes(4);
    private static final Pattern REF = Pattern.compile("INC-\\d+");

    @Autowired
    Environment servers;
    @TempDir
    Path dataDir;
    private final HttpClient http = HttpClient.newHttpClient();
    private ConfigurableApplicationContext sender;

    @AfterAll
    void stopTheSender() {
        if (sender != null) {
            sender.close();
        }
    }

    @Test
    void aSendInterruptedByARestartReachesEachOfFiveHundredSubscribersExactlyOnce() throws Exception {
        try (var hooks = new FakeSubscriberWebhooks()) {
            int port = startSender();
            List<String> paths = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < SUBSCRIBERS; i++) {
                String path = "/ok/" + UUID.randomUUID();
                var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/subscriptions"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("address=" + hooks.url(path))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
                paths.add(path);
                ids.add(json.readTree(response.body()).path("id").asText());
            }
            await().atMost(WAIT).until(() -> confirmed(ids) == SUBSCRIBERS);

            var reply = new LedgerClient(port).slashCommandAs("U0ADA", "C0MASS", "declare Mass send severity=2");
            Matcher ref = REF.matcher(reply.body());
            assertThat(ref.find()).as(reply.body()).isTrue();
            await().atMost(WAIT).until(() -> reached(paths, hooks) >= SUBSCRIBERS / 5);
            sender.close();
            int beforeRestart = reached(paths, hooks);
            assertThat(beforeRestart).as("stopped in the middle of the send").isLessThan(SUBSCRIBERS);

            startSender();
            await().atMost(WAIT).until(() -> reached(paths, hooks) == SUBSCRIBERS);
            // this test's subscribers only: another test's, still confirmed in the shared database, get the send too
            String mine = String.join(",", ids);
            await().atMost(WAIT).until(() -> jdbc.queryForObject("select count(*) from subscriber_delivery d join "
                    + "subscriber_message m using (event_id) where m.subject like ? and d.state = 'sending' "
                    + "and d.subscriber_id = any (string_to_array(?, ','))", Integer.class, "%Mass send%", mine) == 0);
            for (String path : paths) {
                assertThat(hooks.at(path)).as(path).hasSize(1);
            }
            assertThat(jdbc.queryForList("select state, count(*) from subscriber_delivery d join subscriber_message m "
                    + "using (event_id) where m.subject like ? and d.subscriber_id = any (string_to_array(?, ',')) "
                    + "group by state", "%Mass send%", mine))
                    .containsExactly(Map.of("state", "delivered", "count", (long) SUBSCRIBERS));
        }
    }

    private int startSender() {
        // arguments, not default properties: application.properties would win over those
        sender = new SpringApplicationBuilder(IncidentLedgerApplication.class).run(
                "--server.port=0",
                "--slack.signing-secret=" + LedgerClient.SECRET,
                "--ledger.projections.state-dir=",
                "--ledger.data-dir=" + dataDir,
                "--ledger.db.url=" + servers.getProperty("spring.datasource.url"),
                "--ledger.db.username=" + servers.getProperty("spring.datasource.username"),
                "--ledger.db.password=" + servers.getProperty("spring.datasource.password"),
                "--kafka.bootstrap.servers=" + servers.getProperty("spring.kafka.bootstrap-servers"),
                "--elasticsearch.url=" + servers.getProperty("spring.elasticsearch.uris"),
                "--subscribers.enabled=true",
                "--subscribers.secret-key=at-most-once-key",
                "--subscribers.limits.per-client=" + (SUBSCRIBERS * 2),
                "--subscribers.delivery.per-second=40",
                "--subscribers.delivery.poll-interval=100ms");
        return ((WebServerApplicationContext) sender).getWebServer().getPort();
    }

    // its own subscribers only: the other subscriber ITs leave theirs in the shared database
    private int confirmed(List<String> ids) {
        Integer count = jdbc.queryForObject("select count(*) from subscriber_list where status = 'confirmed' "
                + "and subscriber_id::text = any(?::text[])", Integer.class, (Object) ids.toArray(String[]::new));
        return count == null ? 0 : count;
    }

    private static int reached(List<String> paths, FakeSubscriberWebhooks hooks) {
        return (int) paths.stream().filter(path -> !hooks.at(path).isEmpty()).count();
    }
}
