package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.json.LedgerJson;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ReaderAccessFilterTest {

    @Test
    void withAnApiTokenTheInternalReadApisNeedItAndThePublicPageDoesNot() throws Exception {
        var filter = new ReaderAccessFilter("reader-token", LedgerJson.newMapper());

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
        var readers = new ReaderAccessFilter("reader-token", LedgerJson.newMapper());
        var admin = new AdminAccessFilter("admin-token", LedgerJson.newMapper());

        assertThat(run(readers, "/api/s%65arch", null).getStatus()).isEqualTo(401);
        assertThat(run(readers, "/api;x=1/incidents/INC-1/timeline", null).getStatus()).isEqualTo(401);
        assertThat(run(readers, "//api//metrics", null).getStatus()).isEqualTo(401);
        assertThat(run(admin, "/api/%61dmin/replay", null).getStatus()).isEqualTo(401);
        assertThat(run(admin, "/api/admin;jsessionid=1/replay", null).getStatus()).isEqualTo(401);
    }

    @Test
    void withoutATokenEverythingStaysOpen() throws Exception {
        var filter = new ReaderAccessFilter("", LedgerJson.newMapper());

        assertThat(run(filter, "/api/search", null).getStatus()).isEqualTo(200);
    }

    private static MockHttpServletResponse run(jakarta.servlet.Filter filter, String path, String authorization) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
