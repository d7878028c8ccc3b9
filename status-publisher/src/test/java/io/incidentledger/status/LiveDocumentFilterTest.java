package io.incidentledger.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.testdata.InMemoryDisplayNames;
import io.incidentledger.status.testdata.IncidentScript;
import io.incidentledger.status.testdata.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Plain live reads are written by the filter; everything it cannot answer exactly goes on to the controller. */
class LiveDocumentFilterTest {

    private static final ComponentCatalog CATALOG = () -> List.of("API");
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    private final MovableClock clock = new MovableClock(T0.plus(Duration.ofHours(1)));
    private final StatusDocuments documents = new StatusDocuments(
            new StatusPageProperties("acme", "Acme status", "https://status.acme.test"), CATALOG, LedgerJson.newMapper());
    private volatile List<IncidentView> views = List.of();
    private final LivePage live = new LivePage(() -> views, new InMemoryDisplayNames(), List::of, documents, CATALOG,
            clock, Runnable::run);
    private final LiveDocumentFilter filter = new LiveDocumentFilter(live, documents);

    @Test
    void aPlainReadOfEveryLiveDocumentIsWrittenWithoutTheChain() throws Exception {
        views = List.of(IncidentScript.declare(1, "Checkout errors", Severity.SEV2, T0).view());
        for (String path : LiveHeaders.paths().keySet()) {
            var chain = new MockFilterChain();
            var response = new MockHttpServletResponse();

            filter.doFilter(request("GET", path, r -> { }), response, chain);

            assertThat(chain.getRequest()).as(path).isNull();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getHeader("ETag")).isEqualTo(
                    live.current().document(LiveHeaders.paths().get(path), documents.languages().fallback().locale())
                            .etag());
        }
        var body = new MockHttpServletResponse();
        filter.doFilter(request("GET", "/api/v2/summary.json", r -> { }), body, new MockFilterChain());
        assertThat(body.getContentAsString()).contains("Checkout errors");
    }

    @Test
    void whatTheFilterCannotAnswerExactlyGoesOnToTheController() throws Exception {
        List<MockHttpServletRequest> passed = List.of(
                request("GET", "/?at=2026-11-22T09:30:00Z", r -> { }),
                request("POST", "/", r -> { }),
                request("OPTIONS", "/api/v2/summary.json", r -> r.addHeader("Origin", "https://example.com")),
                request("GET", "/", r -> r.addHeader("If-Modified-Since", "Sun, 22 Nov 2026 09:00:00 GMT")),
                request("GET", "/", r -> r.addHeader("If-None-Match", "\"a\", \"b\"")),
                request("GET", "/", r -> r.addHeader("If-None-Match", "*")),
                request("GET", "/", r -> r.addHeader("If-None-Match", "not-quoted")),
                request("GET", "/", r -> r.setContentType("*/*")),
                request("GET", "/", r -> r.setContent(new byte[] {1})),
                request("GET", "/api/v2/summary.json;jsessionid=1", r -> { }),
                request("GET", "/api/v2/../v2/summary.json", r -> { }),
                request("GET", "/badge.svg", r -> { }));
        for (MockHttpServletRequest request : passed) {
            var chain = new MockFilterChain();

            filter.doFilter(request, new MockHttpServletResponse(), chain);

            assertThat(chain.getRequest()).as(request.getMethod() + " " + request.getRequestURI() + " "
                    + request.getHeaderNames()).isSameAs(request);
        }
    }

    @Test
    void aMatchingTagIs304AndAHeadHasNoBody() throws Exception {
        var first = new MockHttpServletResponse();
        filter.doFilter(request("GET", "/api/v2/status.json", r -> { }), first, new MockFilterChain());
        var revalidated = new MockHttpServletResponse();
        var head = new MockHttpServletResponse();

        filter.doFilter(request("GET", "/api/v2/status.json", r -> r.addHeader("If-None-Match",
                "W/" + first.getHeader("ETag"))), revalidated, new MockFilterChain());
        filter.doFilter(request("HEAD", "/api/v2/status.json", r -> { }), head, new MockFilterChain());

        assertThat(revalidated.getStatus()).isEqualTo(304);
        assertThat(revalidated.getContentAsByteArray()).isEmpty();
        assertThat(revalidated.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
        assertThat(head.getStatus()).isEqualTo(200);
        assertThat(head.getContentAsByteArray()).isEmpty();
        assertThat(head.getContentLength()).isEqualTo(first.getContentAsByteArray().length).isPositive();
    }

    private static MockHttpServletRequest request(String method, String uri, Consumer<MockHttpServletRequest> with) {
        int query = uri.indexOf('?');
        var request = new MockHttpServletRequest(method, query < 0 ? uri : uri.substring(0, query));
        if (query >= 0) {
            request.setQueryString(uri.substring(query + 1));
        }
        with.accept(request);
        return request;
    }
}
