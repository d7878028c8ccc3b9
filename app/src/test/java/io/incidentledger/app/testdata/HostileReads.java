package io.incidentledger.app.testdata;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Read-API parameters and whole requests as a prober sends them: far instants, forged cursors, odd methods. */
public final class HostileReads {

    private HostileReads() {
    }

    /** A path and query of the search, timeline, review, incidents or status API, with hostile values. */
    public static Arbitrary<String> paths() {
        Arbitrary<String> ref = Arbitraries.oneOf(Arbitraries.of("INC-0", "INC-1", "INC-99999999999999999999", "inc-7",
                "INC--1", "INC-1.5", "..", "%2e%2e"), text());
        Arbitrary<String> query = Combinators.combine(Arbitraries.of("q", "incident", "author", "platform", "kind",
                "from", "to", "sort", "size", "after", "tz", "format", "at", "status", "severity", "page"), hostileValue())
                .as((name, v) -> name + "=" + encode(v)).list().ofMinSize(1).ofMaxSize(4)
                .map(params -> String.join("&", params));
        Arbitrary<String> path = Arbitraries.oneOf(Arbitraries.of("/api/search", "/api/incidents", "/api/metrics", "/",
                "/api/v2/summary.json", "/api/v2/status.json", "/api/v2/incidents.json", "/history.atom", "/history.rss"),
                ref.map(r -> "/api/incidents/" + encode(r)),
                ref.flatMap(r -> Arbitraries.of("/timeline", "/review.md").map(tail -> "/api/incidents/" + encode(r) + tail)));
        return Combinators.combine(path, query).as((p, q) -> p + "?" + q);
    }

    private static Arbitrary<String> hostileValue() {
        return Arbitraries.oneOf(text(), Arbitraries.of("+1000000000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
                "+10000-01-01T00:00:00Z", "2026-11-22T09:00:00Z", "99999999999", "-1", "0", "101", "NaN",
                "Mars/Olympus", "+99:00", "relevance", "time", "markdown", "INC-0"), cursor());
    }

    /** Cursors of the right encoding with the wrong number or kind of sort values. */
    private static Arbitrary<String> cursor() {
        Arbitrary<String> part = Arbitraries.oneOf(Arbitraries.longs().map(l -> "l" + l), Arbitraries.doubles().map(d -> "d" + d),
                Arbitraries.of("dNaN", "dInfinity", "l", "s", "x1"), text().map(t -> "s" + t));
        return part.list().ofMaxSize(5).map(parts -> Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)));
    }

    /** A request with an odd method, path, content type or header, and perhaps a body. */
    public static Arbitrary<OddRequest> oddRequests() {
        Arbitrary<String> method = Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "PROPFIND");
        Arbitrary<String> path = Arbitraries.oneOf(Arbitraries.of("/slack/events", "/teams/webhook", "/api/messages",
                "/api/search", "/", "/api/v2/summary.json", "/actuator/health", "/api/admin/replay", "/nope",
                "/api/incidents/INC-1/review.md", "/index.html", "/swagger-ui.html", "/v3/api-docs"),
                text().map(t -> "/" + encode(t)));
        Arbitrary<String> contentType = Arbitraries.of("application/json", "multipart/form-data", "text/plain",
                "application/x-www-form-urlencoded; charset=bogus", "application/json; charset=utf-16", "*/*", "", "a/b/c");
        Arbitrary<String> headerName = Arbitraries.of("If-None-Match", "If-Modified-Since", "Accept", "Accept-Encoding",
                "X-Slack-Request-Timestamp", "X-Slack-Signature", "Authorization", "Range", "X-Forwarded-For");
        Arbitrary<String> headerValue = Arbitraries.oneOf(Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(80),
                Arbitraries.of("\"unterminated", "W/", "*, \"a", "not-a-date", "Bearer ", "v0=zz", "bytes=9-1"),
                Arbitraries.strings().withChars('x').ofLength(20_000));
        return Combinators.combine(method, path, contentType, headerName, headerValue, text()).as(OddRequest::new);
    }

    public record OddRequest(String method, String path, String contentType, String header, String value, String body) {

        public java.net.http.HttpRequest request(String base) {
            var request = java.net.http.HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .method(method, method.equals("GET") || method.equals("HEAD")
                            ? java.net.http.HttpRequest.BodyPublishers.noBody()
                            : java.net.http.HttpRequest.BodyPublishers.ofString(body));
            if (!contentType.isEmpty()) {
                request.header("Content-Type", contentType);
            }
            return request.header(header, value.strip().isEmpty() ? "x" : value.strip()).build();
        }
    }

    private static Arbitrary<String> text() {
        return HostileJson.text();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
