package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.RunningApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Every 4xx carries the one error body, and the admin API is closed without its token. */
@AppOnLocalServers
class ApiErrorsIT extends RunningApp {

    @Test
    void anUnknownPathOrAWrongMethodGetsTheOneErrorBody() throws Exception {
        var missing = send(request("/no/such/page").GET());
        var wrongMethod = send(request("/api/v2/summary.json").DELETE());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json.readTree(missing.body()).path("error").asText()).isEqualTo("not_found");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(json.readTree(wrongMethod.body()).path("message").asText()).contains("DELETE", "GET");
    }

    @Test
    void theAdminApiRefusesRequestsWithoutTheToken() throws Exception {
        var anonymous = send(request("/api/admin/replay").POST(HttpRequest.BodyPublishers.noBody()));
        var wrong = send(request("/api/admin/replay").header("Authorization", "Bearer guess").GET());
        var right = send(request("/api/admin/replay").header("Authorization", "Bearer test-admin-token").GET());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(json.readTree(anonymous.body()).path("error").asText()).isEqualTo("unauthorized");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(right.statusCode()).isEqualTo(200);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
