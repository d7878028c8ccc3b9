package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.RunningApp;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Timelines and the draft review of a scripted incident, through Kafka Streams, over HTTP. */
@AppOnLocalServers
class RetrospectiveIT extends RunningApp {

    private static final Duration VIEWS = Duration.ofSeconds(60);
    private static final int SCRIPTED_ENTRIES = 12;

    @Autowired
    CommandGateway commands;

    @Test
    void theTimelineShowsEveryEntryWithItsDateAndTimeInTwoTimeZones() throws Exception {
        IncidentRef ref = new RetroScript(commands, "C0TZ").run("Checkout payment failures");

        JsonNode paris = awaitTimeline(ref, "Europe/Paris");
        JsonNode newYork = timeline(ref, "America/New_York");

        assertThat(paris.path("timeZone").asText()).isEqualTo("Europe/Paris");
        JsonNode declaredInParis = paris.path("entries").get(0);
        assertThat(declaredInParis.path("date").asText() + " " + declaredInParis.path("time").asText())
                .isEqualTo("2026-03-28 23:50:00");
        JsonNode resolvedInParis = paris.path("entries").get(SCRIPTED_ENTRIES - 1);
        assertThat(resolvedInParis.path("kind").asText()).isEqualTo("incident_status_changed");
        // past 02:00 Paris moved to summer time: 01:50 UTC is 03:50 there
        assertThat(resolvedInParis.path("date").asText() + " " + resolvedInParis.path("time").asText())
                .isEqualTo("2026-03-29 03:50:00");
        assertThat(resolvedInParis.path("at").asText()).isEqualTo("2026-03-29T03:50+02:00");
        JsonNode declaredInNewYork = newYork.path("entries").get(0);
        assertThat(declaredInNewYork.path("date").asText() + " " + declaredInNewYork.path("time").asText())
                .isEqualTo("2026-03-28 18:50:00");
        JsonNode edited = paris.path("entries").get(5);
        assertThat(edited.path("text").asText()).isEqualTo("gateway deploy at 22:40 is the cause");
        assertThat(edited.path("earlierTexts").get(0).asText()).isEqualTo("gateway deploy at 22:40 looks suspicious");
        assertThat(paris.path("entries").get(6).path("kind").asText()).isEqualTo("message_pinned");
        assertThat(paris.path("entries").get(6).path("time").asText()).isEqualTo("00:10:00");
        assertThat(paris.path("entries").get(7).path("deleted").asBoolean()).isTrue();
        assertThat(client.getAsReader("/api/incidents/" + ref + "/timeline?format=markdown&tz=Europe/Paris").body())
                .contains("| 2026-03-29 | 03:50:00 | ada | slack | incident status changed | resolved: Payments normal |");
    }

    @Test
    void aBadTimeZoneIsABadRequestThatSaysWhatFits() throws Exception {
        var response = client.getAsReader("/api/incidents/INC-1/timeline?tz=Mars/Olympus");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("message").asText()).contains("IANA", "Europe/Paris");
    }

    @Test
    void theReviewDraftOfAScriptedIncidentIsTheExpectedText() throws Exception {
        IncidentRef ref = new RetroScript(commands, "C0RETRO").run("Checkout payment failures");
        awaitTimeline(ref, "Europe/Paris");

        var review = client.getAsReader("/api/incidents/" + ref + "/review.md?tz=Europe/Paris");

        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(review.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
        assertThat(review.body()).isEqualTo(RetroExpectedReview.forIncident(ref));
    }

    private JsonNode awaitTimeline(IncidentRef ref, String zone) {
        var found = new JsonNode[1];
        await().atMost(VIEWS).untilAsserted(() -> {
            JsonNode timeline = timeline(ref, zone);
            assertThat(timeline.path("entries").size()).isEqualTo(SCRIPTED_ENTRIES);
            assertThat(timeline.path("status").asText()).isEqualTo("resolved");
            found[0] = timeline;
        });
        // metrics come from their own topology: wait until it has seen the resolution too
        await().atMost(VIEWS).untilAsserted(() -> assertThat(json.readTree(client.getAsReader("/api/incidents/" + ref).body())
                .path("metrics").path("timeToResolveSeconds").asLong()).isEqualTo(10_800));
        return found[0];
    }

    private JsonNode timeline(IncidentRef ref, String zone) throws Exception {
        var response = client.getAsReader("/api/incidents/" + ref + "/timeline?tz=" + zone);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
