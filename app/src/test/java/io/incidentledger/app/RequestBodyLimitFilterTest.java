package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.json.LedgerJson;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class RequestBodyLimitFilterTest {

    private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(new AppProperties(null, null,
            new AppProperties.Api(false), new AppProperties.RequestLimits(DataSize.ofBytes(100), DataSize.ofBytes(50),
                    DataSize.ofBytes(10), DataSize.ofKilobytes(16)), new AppProperties.DeadLetterPolicy(5, 1000),
            new AppProperties.OpenApi(null)), new ApiErrorResponses(LedgerJson.newMapper()));

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWithoutCallingTheEndpoint() throws Exception {
        var calls = new AtomicInteger();
        var response = new MockHttpServletResponse();

        filter.doFilter(post("/teams/webhook", 51, true), response, reading(calls));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("\"error\":\"payload_too_large\"", "50 bytes");
        assertThat(calls).hasValue(0);
    }

    @Test
    void aChunkedBodyFailsAsSoonAsTheReaderPassesTheLimitAndIsAnswered413() throws Exception {
        var response = new MockHttpServletResponse();

        // the endpoint lets the failure escape, as a controller that declares IOException does
        filter.doFilter(post("/slack/events", 101, false), response, reading(new AtomicInteger()));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("payload_too_large", "100 bytes");
    }

    @Test
    void aBodyAtTheLimitIsReadWhole() throws Exception {
        var calls = new AtomicInteger();
        var response = new MockHttpServletResponse();

        filter.doFilter(post("/api/admin/replay", 10, false), response, reading(calls));

        assertThat(calls).hasValue(10);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    private static MockHttpServletRequest post(String path, int size, boolean declared) {
        var request = new MockHttpServletRequest("POST", path) {
            @Override
            public long getContentLengthLong() {
                return declared ? super.getContentLengthLong() : -1;
            }
        };
        request.setRequestURI(path);
        request.setContent(new byte[size]);
        return request;
    }

    /** An endpoint that reads the whole body and counts the bytes it got. */
    private static MockFilterChain reading(AtomicInteger bytes) {
        return new MockFilterChain() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response) throws IOException {
                bytes.set(request.getInputStream().readAllBytes().length);
            }
        };
    }
}
