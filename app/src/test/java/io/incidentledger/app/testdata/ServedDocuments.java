package io.incidentledger.app.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.id.IncidentRef;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** The documents the app serves, read as their callers read them, and the admin replay that rebuilds them. */
public final class ServedDocuments {

    /** Documents over every incident: other ITs' incidents are in them too. */
    public static final List<String> PAGE_WIDE = List.of("/api/v2/summary.json", "/api/v2/status.json",
            "/api/v2/components.json", "/api/v2/incidents.json", "/api/v2/incidents/unresolved.json", "/api/metrics",
            "/api/incidents");
    private static final String ADMIN_TOKEN = "test-admin-token";

    private final LedgerClient client;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    public ServedDocuments(int port) {
        this.client = new LedgerClient(port);
        this.baseUrl = "http://localhost:" + port;
    }

    public static List<String> ofIncident(IncidentRef ref) {
        return List.of("/api/incidents/" + ref, "/api/incidents/" + ref + "/timeline", timeline(ref), markdown(ref),
                review(ref));
    }

    public static String timeline(IncidentRef ref) {
        return "/api/incidents/" + ref + "/timeline?tz=Europe/Paris";
    }

    public static String markdown(IncidentRef ref) {
        return "/api/incidents/" + ref + "/timeline?format=markdown&tz=Europe/Paris";
    }

    public static String review(IncidentRef ref) {
        return "/api/incidents/" + ref + "/review.md?tz=Europe/Paris";
    }

    /** Each path's body, in the order given. */
    public Map<String, String> read(List<String> paths) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String path : paths) {
            var response = client.getAsReader(path);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            bodies.put(path, response.body());
        }
        return bodies;
    }

    /** The bodies once two reads two seconds apart agree: the views hold still. */
    public Map<String, String> still(List<String> paths, Duration atMost) {
        var last = new AtomicReference<Map<String, String>>();
        // a read refused while the views rebalance (503) is retried, not the end of the wait
        await().atMost(atMost).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().until(() -> {
            Map<String, String> now = read(paths);
            return now.equals(last.getAndSet(now));
        });
        return last.get();
    }

    /** Runs the admin replay and waits for it to be done. */
    public void replay(Duration atMost) throws Exception {
        var started = http.send(admin("/api/admin/replay").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        var mapper = new ObjectMapper();
        await().atMost(atMost).untilAsserted(() -> {
            String progress = http.send(admin("/api/admin/replay").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(mapper.readTree(progress).path("state").asText()).as(progress).isEqualTo("done");
        });
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + ADMIN_TOKEN);
    }
}
