package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.json.LedgerJson;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class RequestHeaderLimitFilterTest {

    private final RequestHeaderLimitFilter filter = new RequestHeaderLimitFilter(new AppProperties(null, null,
            new AppProperties.Api(false), new AppProperties.RequestLimits(null, null, null, DataSize.ofBytes(100)),
            new AppProperties.DeadLetterPolicy(5, 1000), new AppProperties.OpenApi(null)),
            new ApiErrorResponses(LedgerJson.newMapper()));

    @Test
    void headersOverTheLimitTogetherAreRefusedWith431WithoutCallingTheEndpoint() throws Exception {
        var calls = new AtomicInteger();
        var request = new MockHttpServletRequest("POST", "/slack/events");
        // two headers, each under the limit, 101 bytes together as sent
        request.addHeader("X-One", "a".repeat(40));
        request.addHeader("X-Two", "b".repeat(43));
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, counting(calls));

        assertThat(response.getStatus()).isEqualTo(431);
        assertThat(response.getContentAsString()).contains("\"error\":\"headers_too_large\"", "100 bytes");
        assertThat(calls).hasValue(0);
    }

    @Test
    void repeatedValuesOfOneHeaderCountEach() throws Exception {
        var request = new MockHttpServletRequest("GET", "/");
        for (int i = 0; i < 11; i++) {
            request.addHeader("Accept", "text/html");
        }
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, counting(new AtomicInteger()));

        assertThat(response.getStatus()).isEqualTo(431);
    }

    @Test
    void headersAtTheLimitPassThrough() throws Exception {
        var calls = new AtomicInteger();
        var request = new MockHttpServletRequest("GET", "/");
        request.addHeader("X-One", "a".repeat(40));
        request.addHeader("X-Two", "b".repeat(42));
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, counting(calls));

        assertThat(calls).hasValue(1);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    private static MockFilterChain counting(AtomicInteger calls) {
        return new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
                calls.incrementAndGet();
            }
        };
    }
}
