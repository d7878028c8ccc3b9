package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.app.testdata.MovableClock;
import io.incidentledger.app.testdata.RunningApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A maintenance window scheduled by a signed Slack command starts and completes by itself on a clock the test
 * moves: its components go under maintenance and back beside an open incident, the Statuspage endpoints list it
 * under the right keys, and the webhook route is reminded once. Its components are its own, so other ITs' incidents
 * in the shared ledger cannot touch them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.local.ephemeral=true", "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir=",
        "ledger.core.components=Mnt-Db,Mnt-Queue", "status-page.components=Mnt-Db,Mnt-Queue",
        "ledger.rbac.groups.responders=" + MaintenanceIT.MAINTAINER, "status-page.maintenance.check-every=200ms"})
@Import(MaintenanceIT.Clocks.class)
// closed after this class: its own Kafka Streams instance would otherwise share the views' partitions with the
// later ITs' contexts on the same servers and rebalance them
@DirtiesContext
class MaintenanceIT extends RunningApp {

    static final String MAINTAINER = "U0MNTADA";
    static final String ROUTE = "maintenance-it-hook";
    private static final String CHANNEL = "C0MNT";
    private static final Duration VIEWS = Duration.ofSeconds(90);
    private static final MovableClock CLOCK = new MovableClock();
    private static StatusPageFakeWebhook webhook;

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void route(DynamicPropertyRegistry registry) {
        try {
            webhook = new StatusPageFakeWebhook();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a list binds from one property source only: the whole route is written here
        registry.add("status-page.notifications.routes[0].name", () -> ROUTE);
        registry.add("status-page.notifications.routes[0].type", () -> "webhook");
        registry.add("status-page.notifications.routes[0].target", webhook::url);
        registry.add("status-page.notifications.routes[0].secret", () -> "maintenance-it-secret");
    }

    @AfterAll
    static void stopWebhook() {
        webhook.close();
    }

    @Test
    void aWindowStartsAndCompletesByItselfBesideAnOpenIncidentAndTheRouteIsRemindedOnce() throws Exception {
        Instant start = CLOCK.instant().plus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.plus(Duration.ofMinutes(30));
        String schedule = "maintenance " + start + " " + end + " Database failover components=Mnt-Db,mnt-queue";
        assertThat(client.slashCommandAs("U0STRANGER", CHANNEL, schedule).body())
                .contains("Only members of responders or an admin may run `maintenance`.");
        String incident = ref("INC-\\d+", say("declare Queue backlog severity=3 components=Mnt-Queue"));
        // the incident view folds on its own (Kafka Streams): its component is read once it shows there
        await().atMost(VIEWS).until(() -> "partial_outage".equals(status("Mnt-Queue")));
        String mnt = ref("MNT-\\d+", say(schedule)).toLowerCase(Locale.ROOT);

        await().atMost(VIEWS).until(() -> listed("/api/v2/scheduled-maintenances/upcoming.json", mnt) != null);
        assertThat(listed("/api/v2/scheduled-maintenances/upcoming.json", mnt).path("status").asText()).isEqualTo("scheduled");
        assertThat(listed("/api/v2/scheduled-maintenances/active.json", mnt)).isNull();
        assertThat(status("Mnt-Db")).isEqualTo("operational");
        await().atMost(VIEWS).until(() -> reminders(mnt) == 1);
        Instant whileScheduled = Instant.now();

        CLOCK.moveTo(start.plusSeconds(1));
        await().atMost(VIEWS).until(() -> listed("/api/v2/scheduled-maintenances/active.json", mnt) != null);
        assertThat(listed("/api/v2/scheduled-maintenances/active.json", mnt).path("status").asText()).isEqualTo("in_progress");
        assertThat(listed("/api/v2/scheduled-maintenances/upcoming.json", mnt)).isNull();
        assertThat(listed("/api/v2/summary.json", mnt)).isNotNull();
        assertThat(status("Mnt-Db")).isEqualTo("under_maintenance");
        assertThat(status("Mnt-Queue")).as("the open incident's worse status wins").isEqualTo("partial_outage");
        assertThat(client.get("/").body()).contains("<section class=\"maintenance\" id=\"" + mnt + "\">",
                "<section class=\"incident\" id=\"" + incident.toLowerCase(Locale.ROOT) + "\">", "Database failover",
                "Queue backlog");

        CLOCK.moveTo(end.plusSeconds(1));
        await().atMost(VIEWS).until(() -> "completed".equals(statusOf(listed("/api/v2/scheduled-maintenances.json", mnt))));
        assertThat(listed("/api/v2/scheduled-maintenances.json", mnt).path("resolved_at").asText()).isNotEmpty();
        assertThat(listed("/api/v2/scheduled-maintenances/active.json", mnt)).isNull();
        assertThat(listed("/api/v2/summary.json", mnt)).isNull();
        assertThat(status("Mnt-Db")).isEqualTo("operational");
        assertThat(status("Mnt-Queue")).isEqualTo("partial_outage");
        assertThat(reminders(mnt)).isEqualTo(1);
        assertThat(statusOf(listed("/api/v2/scheduled-maintenances.json?at=" + whileScheduled, mnt)))
                .as("?at= folds the ledger up to then").isEqualTo("scheduled");
        say("resolve " + incident + " Backlog drained");
    }

    private String say(String text) {
        var reply = client.slashCommandAs(MAINTAINER, CHANNEL, text);
        assertThat(reply.statusCode()).isEqualTo(200);
        return reply.body();
    }

    private static String ref(String form, String reply) {
        Matcher matcher = Pattern.compile(form).matcher(reply);
        assertThat(matcher.find()).as(reply).isTrue();
        return matcher.group();
    }

    private JsonNode listed(String path, String mnt) throws IOException {
        for (JsonNode window : json.readTree(client.get(path).body()).path("scheduled_maintenances")) {
            if (window.path("id").asText().equals(mnt)) {
                return window;
            }
        }
        return null;
    }

    private static String statusOf(JsonNode window) {
        return window == null ? null : window.path("status").asText();
    }

    private String status(String component) throws IOException {
        for (JsonNode listed : json.readTree(client.get("/api/v2/components.json").body()).path("components")) {
            if (listed.path("name").asText().equals(component)) {
                return listed.path("status").asText();
            }
        }
        return null;
    }

    private long reminders(String mnt) {
        return webhook.received().stream().filter(request -> "maintenance-reminder".equals(request.event()))
                .filter(request -> request.body().contains("\"ref\":\"" + mnt.toUpperCase(Locale.ROOT) + "\"")).count();
    }
}
