package io.incidentledger.subscribers.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.maintenance.MaintenanceRef;
import io.incidentledger.api.maintenance.MaintenanceScheduled;
import io.incidentledger.api.maintenance.MaintenanceStarted;
import io.incidentledger.projections.maintenance.MaintenanceProjector;
import io.incidentledger.status.StatusPageProperties;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MaintenanceComposerTest {

    private static final ChatOrigin ADA = new ChatOrigin(Platform.SLACK, "C0OPS", new ChatUser("U0ADA", "Ada"));
    private static final MaintenanceRef MNT = new MaintenanceRef(7);
    private static final Instant START = Instant.parse("2026-12-05T02:00:00Z");
    private static final Instant END = Instant.parse("2026-12-05T04:30:00Z");
    private final JsonMapper json = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Test
    void aWindowInProgressIsWrittenInUtcAndThePageZoneWithItsComponentsAndAnchor() throws Exception {
        var window = MaintenanceProjector.apply(MaintenanceProjector.apply(null, new MaintenanceScheduled(MNT,
                "DB <upgrade>", START, END, List.of("search"), List.of(), null, ADA, START.minusSeconds(3600)), "e1"),
                new MaintenanceStarted(MNT, ADA, START), "e2");
        var composer = new MaintenanceComposer(page(ZoneId.of("Europe/Berlin")), () -> List.of("search", "checkout"), json);

        var message = composer.compose("e2", "maintenance-started", window, List.of(), START);

        assertThat(message.subject()).isEqualTo("[Acme] Maintenance in progress: DB <upgrade>");
        assertThat(message.text()).contains("2026-12-05 02:00 UTC (2026-12-05 03:00 CET) until 2026-12-05 04:30 UTC",
                "Affected components: search", "https://status.test/#mnt-7", SubscriberMessage.UNSUBSCRIBE);
        assertThat(message.html()).contains("<h1>DB &lt;upgrade&gt;</h1>", "href=\"https://status.test/#mnt-7\"",
                SubscriberMessage.MANAGE).doesNotContain("<upgrade>");
        JsonNode incident = json.readTree(message.webhook()).path("incident");
        assertThat(incident.path("impact").asText()).isEqualTo("maintenance");
        assertThat(incident.path("status").asText()).isEqualTo("in_progress");
        assertThat(incident.path("scheduled_for").asText()).isEqualTo("2026-12-05T02:00:00Z");
        assertThat(incident.path("scheduled_until").asText()).isEqualTo("2026-12-05T04:30:00Z");
        assertThat(incident.at("/components/0/name").asText()).isEqualTo("search");
        assertThat(incident.at("/components/0/status").asText()).isEqualTo("under_maintenance");
    }

    @Test
    void aPageInUtcShowsEachTimeOnce() throws Exception {
        var window = MaintenanceProjector.apply(null, new MaintenanceScheduled(MNT, "Reindex", START, END,
                List.of("search"), List.of(), null, ADA, START.minusSeconds(60)), "e1");
        var composer = new MaintenanceComposer(page(ZoneId.of("UTC")), () -> List.of("search"), json);

        var message = composer.compose("e1", "maintenance-scheduled", window, List.of(), START.minusSeconds(60));

        assertThat(message.subject()).isEqualTo("[Acme] Scheduled maintenance: Reindex");
        assertThat(message.text()).contains("When: 2026-12-05 02:00 UTC until 2026-12-05 04:30 UTC\n");
        assertThat(json.readTree(message.webhook()).at("/incident/status").asText()).isEqualTo("scheduled");
    }

    private static StatusPageProperties page(ZoneId zone) {
        return new StatusPageProperties("acme", "Acme", "https://status.test", null, null, null, null, null,
                Locale.ENGLISH, List.of(Locale.ENGLISH), zone, false, null, null);
    }
}
