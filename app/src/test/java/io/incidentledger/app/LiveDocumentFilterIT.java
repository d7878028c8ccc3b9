package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.RunningApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The filter that writes the live documents answers exactly as the controller behind it: every header, the status
 * and the bytes are the same as those of the same request with a query (which the filter leaves to the controller).
 */
@AppOnLocalServers
class LiveDocumentFilterIT extends RunningApp {

    private static final List<String> PATHS = List.of("/", "/index.html", "/api/v2/summary.json",
            "/api/v2/status.json", "/api/v2/components.json", "/api/v2/incidents.json",
            "/api/v2/incidents/unresolved.json", "/api/v2/scheduled-maintenances.json",
            "/api/v2/scheduled-maintenances/upcoming.json", "/api/v2/scheduled-maintenances/active.json",
            "/history.atom", "/history.rss");
    private static final Map<String, UnaryOperator<HttpRequest.Builder>> VARIANTS = Map.of(
            "plain", request -> request,
            "from a widget on another site", request -> request.header("Origin", "https://example.com"),
            "in French first", request -> request.header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8"),
            "HEAD", request -> request.method("HEAD", HttpRequest.BodyPublishers.noBody()),
            "with a stale tag", request -> request.header("If-None-Match", "\"0123456789abcdef\""),
            "with a weak stale tag", request -> request.header("If-None-Match", "W/\"0123456789abcdef\""));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void everyLiveDocumentGetsTheControllersHeadersStatusAndBytesInEveryVariant() {
        await().atMost(Duration.ofSeconds(90)).until(() -> send("/api/v2/status.json", r -> r).statusCode() == 200);
        for (String path : PATHS) {
            for (var variant : VARIANTS.entrySet()) {
                // a render between the two requests (another IT's incident, a new minute) changes both: asked again
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertSame(path, variant.getKey(),
                        send(path, variant.getValue()), send(path + "?via=controller", variant.getValue())));
            }
        }
    }

    @Test
    void aCurrentTagGetsThe304OfTheController() {
        await().atMost(Duration.ofSeconds(90)).until(() -> send("/api/v2/status.json", r -> r).statusCode() == 200);
        for (String path : PATHS) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                String etag = send(path, r -> r).headers().firstValue("ETag").orElseThrow();
                HttpResponse<byte[]> fast = send(path, r -> r.header("If-None-Match", etag));
                assertThat(fast.statusCode()).as(path).isEqualTo(304);
                assertSame(path, "current tag", fast, send(path + "?via=controller", r -> r.header("If-None-Match", etag)));
            });
        }
    }

    private void assertSame(String path, String variant, HttpResponse<byte[]> fast, HttpResponse<byte[]> controller) {
        assertThat(fast.statusCode()).as(path + " " + variant).isEqualTo(controller.statusCode());
        assertThat(headers(fast)).as(path + " " + variant).isEqualTo(headers(controller));
        assertThat(fast.body()).as(path + " " + variant).isEqualTo(controller.body());
    }

    private static Map<String, List<String>> headers(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(response.headers().map());
        headers.remove("Date");
        return headers;
    }

    private HttpResponse<byte[]> send(String path, UnaryOperator<HttpRequest.Builder> variant) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return http.send(variant.apply(request).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
