package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.json.LedgerJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ContentTypeFilterTest {

    private final ContentTypeFilter filter = new ContentTypeFilter(new ApiErrorResponses(LedgerJson.newMapper()));

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/*", "json", "/", "text/"})
    void aContentTypeThatIsNoConcreteMediaTypeGets415AndReachesNoEndpoint(String contentType) throws Exception {
        var chain = new MockFilterChain();
        var response = run(contentType, chain);

        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(response.getContentAsString()).isEqualTo("{\"error\":\"unsupported_media_type\",\"message\":"
                + "\"The request's Content-Type is not a concrete media type such as application/json.\"}");
        assertThat(chain.getRequest()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json; charset=utf-8", "application/x-www-form-urlencoded", "text/plain"})
    void theMediaTypesThePlatformsSendPassThrough(String contentType) throws Exception {
        var chain = new MockFilterChain();
        var response = run(contentType, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();
    }

    private MockHttpServletResponse run(String contentType, MockFilterChain chain) throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/messages");
        request.setContentType(contentType);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }
}
