package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentledger.app.testdata.LedgerClient;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The notification outbox forgets what it delivered past the retention (30 days), and nothing it still owes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.local.ephemeral=true", "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir=",
        "teams.webhook-secret=" + TeamsAppIT.WEBHOOK_SECRET, "teams.tenant-ids=t1",
        "status-page.notifications.prune-every=PT1S"})
class NotificationOutboxPruningIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deliveredNotificationsPastTheRetentionAreDeletedAndRecentOrUndeliveredOnesKept() {
        String old = insert("now() - interval '31 days'", "now() - interval '31 days'");
        String recent = insert("now() - interval '29 days'", "now() - interval '29 days'");
        String owed = insert("now() - interval '90 days'", "null");

        await().atMost(Duration.ofSeconds(60)).until(() -> rows(old) == 0);
        assertThat(rows(recent)).isEqualTo(1);
        assertThat(rows(owed)).isEqualTo(1);
    }

    private String insert(String createdAt, String deliveredAt) {
        String eventId = "prune-" + UUID.randomUUID();
        jdbc.update("INSERT INTO status_notification (event_id, route, kind, incident_ref, text, payload, created_at, "
                + "delivered_at) VALUES (?, 'pruning-it', 'update-posted', 'INC-1', 't', '{}', " + createdAt + ", "
                + deliveredAt + ")", eventId);
        return eventId;
    }

    private long rows(String eventId) {
        return jdbc.queryForObject("SELECT count(*) FROM status_notification WHERE event_id = ?", Long.class, eventId);
    }
}
