package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.json.LedgerJson;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ReaderAccessFilterTest {

    @Test
    void withAnApiTokenTheInternalReadApisNeedItAndThePublicPageDoesNot() throws Exception {
        var filter = readers("reader-token", false);

        var anonymous = run(filter, "/api/search", null);
        var reader = run(filter, "/api/incidents/INC-1/timeline", "Bearer reader-token");
        var statusPage = run(filter, "/api/v2/summary.json", null);

        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getContentAsString()).contains("LEDGER_API_TOKEN");
        assertThat(reader.getStatus()).isEqualTo(200);
        assertThat(statusPage.getStatus()).isEqualTo(200);
    }

    @Test
    void anEncodedOrDecoratedPathIsCheckedAsSpringRoutesIt() throws Exception {
        var readers = readers("reader-token", false);
        var admin = new AdminAccessFilter(tokens(null, "admin-token", false),
                new ApiErrorResponses(LedgerJson.newMapper()));

        assertThat(run(readers, "/api/s%65arch", null).getStatus()).isEqualTo(401);
        assertThat(run(readers, "/api;x=1/incidents/INC-1/timeline", null).getStatus()).isEqualTo(401);
        assertThat(run(readers, "//api//metrics", null).getStatus()).isEqualTo(401);
        assertThat(run(readers, "/actuator/%70rometheus", null).getStatus()).isEqualTo(401);
        assertThat(run(admin, "/api/%61dmin/replay", null).getStatus()).isEqualTo(401);
        assertThat(run(admin, "/api/admin;jsessionid=1/replay", null).getStatus()).isEqualTo(401);
    }

    @Test
    void withoutATokenTheInternalApisTheDocsAndPrometheusAreClosed() throws Exception {
        var filter = readers("", false);

        for (String path : new String[] {"/api/search", "/api/incidents", "/api/metrics", "/v3/api-docs",
                "/v3/api-docs.yaml", "/actuator/prometheus"}) {
            var response = run(filter, path, null);
            assertThat(response.getStatus()).as(path).isEqualTo(401);
            assertThat(response.getContentAsString()).as(path).contains("\"error\":\"unauthorized\"", "closed here");
        }
    }

    @Test
    void swaggerUisOwnFilesAndConfigAreOpenButNotTheDocumentNorAPathThatClimbsOutOfThem() throws Exception {
        var filter = readers("reader-token", false);

        for (String open : new String[] {"/swagger-ui/index.html", "/swagger-ui/swagger-initializer.js",
                "/swagger-ui/swagger-ui-bundle.js", "/swagger-ui.html", "/v3/api-docs/swagger-config"}) {
            assertThat(run(filter, open, null).getStatus()).as(open).isEqualTo(200);
        }
        for (String closed : new String[] {"/v3/api-docs", "/v3/api-docs/swagger-config/x", "/swagger-ui/../v3/api-docs",
                "/swagger-ui/%2e%2e/api/search", "/swagger-uiX", "//v3//api-docs"}) {
            assertThat(run(filter, closed, null).getStatus()).as(closed).isEqualTo(401);
        }
        assertThat(run(filter, "/v3/api-docs", "Bearer reader-token").getStatus()).isEqualTo(200);
    }

    @Test
    void theOpenSwitchOpensThemOnlyWhileNoTokenIsSet() throws Exception {
        assertThat(run(readers("", true), "/api/search", null).getStatus()).isEqualTo(200);
        assertThat(run(readers("reader-token", true), "/api/search", null).getStatus()).isEqualTo(401);
    }

    @Test
    void healthIsPublicButOnlyAReaderOrTheAdminGetsThePrincipalThatShowsDetails() throws Exception {
        var filter = new ReaderAccessFilter(tokens("reader-token", "admin-token", false),
                new ApiErrorResponses(LedgerJson.newMapper()));

        assertThat(principalSeenBy(filter, "/actuator/health", null)).isNull();
        assertThat(principalSeenBy(filter, "/actuator/health", "Bearer guess")).isNull();
        assertThat(principalSeenBy(filter, "/actuator/health/readiness", "Bearer reader-token")).isNotNull();
        assertThat(principalSeenBy(filter, "/actuator/health", "Bearer admin-token")).isNotNull();
        assertThat(run(filter, "/actuator/prometheus", "Bearer admin-token").getStatus()).isEqualTo(200);
        assertThat(run(filter, "/api/search", "Bearer admin-token").getStatus()).isEqualTo(401);
    }

    private static ReaderAccessFilter readers(String token, boolean open) {
        return new ReaderAccessFilter(tokens(token, null, open), new ApiErrorResponses(LedgerJson.newMapper()));
    }

    static AccessTokens tokens(String apiToken, String adminToken, boolean open) {
        return AccessTokens.of(new AppProperties(adminToken, apiToken, new AppProperties.Api(open),
                new AppProperties.RequestLimits(null, null, null, null), new AppProperties.DeadLetterPolicy(5, 1000),
                new AppProperties.OpenApi(null)));
    }

    private static String principalSeenBy(jakarta.servlet.Filter filter, String path, String authorization)
            throws Exception {
        var seen = new AtomicReference<String>();
        var chain = new MockFilterChain() {
            @Override
            public void doFilter(ServletRequest request, jakarta.servlet.ServletResponse response) {
                var principal = ((HttpServletRequest) request).getUserPrincipal();
                seen.set(principal == null ? null : principal.getName());
            }
        };
        filter.doFilter(request(path, authorization), new MockHttpServletResponse(), chain);
        return seen.get();
    }

    private static MockHttpServletResponse run(jakarta.servlet.Filter filter, String path, String authorization)
            throws Exception {
        var response = new MockHttpServletResponse();
        filter.doFilter(request(path, authorization), response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest request(String path, String authorization) {
        var request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }
}
