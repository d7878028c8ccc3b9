package io.incidentledger.status.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PublicReadCorsTest {

    private static final List<String> PUBLIC = List.of("/api/v2/summary.json", "/api/v2/incidents/unresolved.json",
            "/history.atom", "/history.rss", "/badge.svg", "/badge/api.svg", "/embed.js");
    private static final List<String> NO_CORS = List.of("/", "/console", "/console/incidents", "/api/search",
            "/api/admin/dead-letters", "/api/incidents/INC-1/timeline", "/slack/events", "/api/messages",
            "/teams/webhook", "/actuator/health", "/api/v2/../admin/replay", "/api/v3/summary.json");

    private final PublicReadCors filter = new PublicReadCors();

    @Test
    void aPreflightOnAPublicReadIsAnsweredHereWithEveryCorsHeader() throws Exception {
        for (String path : PUBLIC) {
            var chain = new MockFilterChain();
            MockHttpServletResponse response = send(preflight(path), chain);

            assertThat(response.getStatus()).as(path).isEqualTo(204);
            assertThat(response.getHeader("Access-Control-Allow-Origin")).as(path).isEqualTo("*");
            assertThat(response.getHeader("Access-Control-Allow-Methods")).isEqualTo("GET, HEAD, OPTIONS");
            assertThat(response.getHeader("Access-Control-Allow-Headers")).contains("If-None-Match");
            assertThat(response.getHeader("Access-Control-Max-Age")).isEqualTo("86400");
            assertThat(chain.getRequest()).as("nothing behind the filter sees a preflight").isNull();
        }
    }

    @Test
    void aReadOfAPublicPathIsOpenToEveryOriginAndShowsItsValidators() throws Exception {
        for (String path : PUBLIC) {
            var request = new MockHttpServletRequest("GET", path);
            request.addHeader("Origin", "https://elsewhere.test");
            var chain = new MockFilterChain();
            MockHttpServletResponse response = send(request, chain);

            assertThat(response.getHeader("Access-Control-Allow-Origin")).as(path).isEqualTo("*");
            assertThat(response.getHeader("Access-Control-Expose-Headers")).contains("ETag", "Last-Modified");
            assertThat(chain.getRequest()).as(path).isNotNull();
        }
    }

    @Test
    void noOtherPathGetsAnyCorsHeaderAndItsPreflightGoesOnToItsOwnChecks() throws Exception {
        for (String path : NO_CORS) {
            var chain = new MockFilterChain();
            MockHttpServletResponse response = send(preflight(path), chain);

            assertThat(response.getHeaderNames()).as(path).noneMatch(name -> name.startsWith("Access-Control-"));
            assertThat(chain.getRequest()).as(path).isNotNull();
        }
    }

    private MockHttpServletResponse send(MockHttpServletRequest request, MockFilterChain chain) throws Exception {
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private static MockHttpServletRequest preflight(String path) {
        var request = new MockHttpServletRequest("OPTIONS", path);
        request.addHeader("Origin", "https://elsewhere.test");
        request.addHeader("Access-Control-Request-Method", "GET");
        request.addHeader("Access-Control-Request-Headers", "if-none-match");
        return request;
    }
}
