package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentledger.app.testdata.FakeSubscriberWebhooks;
import io.incidentledger.app.testdata.SubscribersApp;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The form and the links cannot be turned on strangers: floods are limited, forged links and injected headers refused. */
class SubscriberAbuseIT extends SubscribersApp {

    // a receiver that answers: an incident of another test in this context is delivered to every confirmed webhook,
    // and one that cannot be reached is disabled after a few tries, a change no forged link made
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
    void aFloodOfSubscriptionsOfOneAddressIsLimitedWhateverTheClient() throws Exception {
        String victim = freshAddress("victim");
        for (int i = 0; i < 3; i++) {
            assertThat(subscribe(victim, freshClient()).statusCode()).isEqualTo(202);
        }
        for (int i = 0; i < 5; i++) {
            expectError(subscribe(victim, freshClient()), 429, "rate_limited");
        }
        assertThat(subscribe(victim, freshClient()).headers().firstValue("Retry-After").map(Long::parseLong).orElseThrow())
                .isPositive();
    }

    @Test
    void aFloodOfSubscriptionsFromOneClientIsLimited() throws Exception {
        String client = freshClient();
        for (int i = 0; i < 5; i++) {
            assertThat(subscribe(freshAddress("flood" + i), client).statusCode()).isEqualTo(202);
        }
        expectError(subscribe(freshAddress("flood-more"), client), 429, "rate_limited");
        assertThat(subscribe(freshAddress("someone-else"), freshClient()).statusCode()).isEqualTo(202);
    }

    @Test
    void aForgedManageLinkIsRefusedAndChangesNothing() throws Exception {
        JsonNode first = webhook();
        JsonNode second = webhook();
        String manage = first.path("manage_url").asText();
        String id = first.path("id").asText();
        String signature = manage.substring(manage.indexOf("&sig=") + 5);
        String otherSignature = second.path("manage_url").asText().replaceAll(".*&sig=", "");

        assertThat(getPage(manage).statusCode()).isEqualTo(200);
        for (String forged : List.of(signature.substring(1) + "A", otherSignature, "", "x".repeat(43))) {
            expectError(getPage("/subscriptions/manage?s=" + id + "&sig=" + enc(forged)), 403, "link_invalid");
            expectError(postForm("/subscriptions/unsubscribe", Map.of("s", List.of(id), "sig", List.of(forged)), freshClient()),
                    403, "link_invalid");
            expectError(postForm("/subscriptions/manage", Map.of("s", List.of(id), "sig", List.of(forged),
                    "component", List.of("search")), freshClient()), 403, "link_invalid");
        }
        expectError(getPage("/subscriptions/manage?s=not-a-subscriber&sig=" + signature), 403, "link_invalid");
        assertThat(jdbc.queryForObject("select status from subscriber_list where subscriber_id = ?", String.class, id))
                .isEqualTo("confirmed");
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Integer.class, id))
                .as("requested and confirmed, nothing else").isEqualTo(2);
    }

    @Test
    void aLineBreakInTheAddressIsRefusedSoNoHeaderCanBeInjected() throws Exception {
        String victim = freshAddress("bcc-victim");
        for (String injected : List.of(freshAddress("ada") + "\r\nBcc: " + victim, freshAddress("ada") + "\nBcc: " + victim,
                freshAddress("ada") + "\r", "http://127.0.0.1/hook\r\nX-Injected: 1", freshAddress("ada") + "\u0000")) {
            var refused = subscribe(injected, freshClient());
            expectError(refused, 400, "bad_request");
            assertThat(json.readTree(refused.body()).path("message").asText()).contains("line break");
        }
        for (String malformed : List.of("not an address", "Ada <ada@example.com>", "ada@", "ftp://example.com/hook")) {
            expectError(subscribe(malformed, freshClient()), 400, "bad_request");
        }
    }

    private JsonNode webhook() throws Exception {
        var response = postForm("/subscriptions", Map.of("address", List.of(hooks.url("/ok/" + UUID.randomUUID()))),
                freshClient(), "Accept", "application/json");
        assertThat(response.statusCode()).isEqualTo(202);
        String id = json.readTree(response.body()).path("id").asText();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).until(() -> jdbc.queryForList(
                "select status from subscriber_list where subscriber_id = ?", String.class, id).contains("confirmed"));
        return json.readTree(response.body());
    }

    private HttpResponse<String> subscribe(String address, String client) throws Exception {
        return postForm("/subscriptions", Map.of("address", List.of(address)), client);
    }

    private void expectError(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode error = json.readTree(response.body());
        assertThat(error.path("error").asText()).isEqualTo(code);
        assertThat(error.path("message").asText()).endsWith(".").doesNotContain("Exception");
    }
}
