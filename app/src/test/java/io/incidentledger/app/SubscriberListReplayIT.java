package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentledger.app.testdata.SubscribersApp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The subscriber list is a projection: a replay rebuilds it exactly; the admin API counts and removes subscribers. */
class SubscriberListReplayIT extends SubscribersApp {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String ADMIN = "test-admin-token";
    private final Map<String, String> links = new java.util.HashMap<>();
    private static final String ROWS = "select subscriber_id, kind, sealed_address, components::text, status, requested_at, "
            + "expires_at, confirmed_at, disabled_at, disabled_reason from subscriber_list order by subscriber_id";

    @Test
    void aReplayRebuildsTheSubscriberListExactlyEvenAfterTheTableWasDamaged() throws Exception {
        String kept = webhook("checkout");
        String changed = webhook("checkout");
        String left = webhook("search");
        var saved = postForm(links.get(changed), Map.of("component", List.of("search", "payments")), freshClient());
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(admin("DELETE", "/api/admin/subscribers/" + left).statusCode()).isEqualTo(204);
        await().atMost(WAIT).until(() -> jdbc.queryForList("select components::text from subscriber_list where subscriber_id = ?",
                String.class, changed).equals(List.of("{search,payments}")));
        await().atMost(WAIT).until(() -> jdbc.queryForList("select 1 from subscriber_list where subscriber_id = ?",
                Integer.class, left).isEmpty());
        var before = jdbc.queryForList(ROWS);
        assertThat(before).extracting(row -> row.get("subscriber_id")).contains(kept, changed).doesNotContain(left);

        jdbc.update("delete from subscriber_list where subscriber_id = ?", kept);
        jdbc.update("update subscriber_list set components = '{checkout}', status = 'pending' where subscriber_id = ?", changed);
        assertThat(admin("POST", "/api/admin/subscribers/replay").statusCode()).isEqualTo(202);

        await().atMost(WAIT).until(() -> jdbc.queryForList(ROWS).equals(before));
        assertThat(jdbc.queryForList("select 1 from subscriber_key where subscriber_id = ?", Integer.class, left))
                .as("the removed subscriber's key stays destroyed").isEmpty();
    }

    @Test
    void theAdminApiCountsConfirmedSubscribersByComponentAndRemovesOne() throws Exception {
        JsonNode before = json.readTree(admin("GET", "/api/admin/subscribers").body()).path("counts");
        String id = webhook("payments");
        JsonNode after = json.readTree(admin("GET", "/api/admin/subscribers").body());
        assertThat(after.at("/counts/byComponent/payments").asLong())
                .isEqualTo(before.at("/byComponent/payments").asLong() + 1);
        JsonNode row = after.path("subscribers").findParents("id").stream()
                .filter(item -> item.path("id").asText().equals(id)).findFirst().orElseThrow();
        assertThat(row.path("address").asText()).startsWith("http://127.0.0.1:9/");
        assertThat(row.path("components").get(0).asText()).isEqualTo("payments");

        assertThat(admin("DELETE", "/api/admin/subscribers/" + id).statusCode()).isEqualTo(204);
        var again = admin("DELETE", "/api/admin/subscribers/" + id);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(json.readTree(again.body()).path("error").asText()).isEqualTo("not_found");
        assertThat(admin("DELETE", "/api/admin/subscribers/not-an-id").statusCode()).isEqualTo(400);
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/admin/subscribers")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("without the admin token").isEqualTo(401);
        await().atMost(WAIT).until(() -> json.readTree(admin("GET", "/api/admin/subscribers").body()).path("subscribers")
                .findValues("id").stream().noneMatch(value -> value.asText().equals(id)));
    }

    private String webhook(String component) throws Exception {
        var response = postForm("/subscriptions", Map.of("address", List.of("http://127.0.0.1:9/" + UUID.randomUUID()),
                "component", List.of(component)), freshClient(), "Accept", "application/json");
        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode body = json.readTree(response.body());
        String id = body.path("id").asText();
        links.put(id, body.path("manage_url").asText());
        await().atMost(WAIT).until(() -> jdbc.queryForList("select status from subscriber_list where subscriber_id = ?",
                String.class, id).contains("confirmed"));
        return id;
    }

    

    private HttpResponse<String> admin(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + ADMIN).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
