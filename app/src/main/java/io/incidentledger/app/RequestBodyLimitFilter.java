package io.incidentledger.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request body is bounded before it is read: a Content-Length over the endpoint's limit is refused at once,
 * and a body without one (chunked) fails as soon as the reader passes the limit. Either way the answer is 413 with the
 * one error body and nothing reaches the ledger. Tomcat's maxPostSize would not do: it covers form parsing only,
 * never the raw {@code getInputStream()} that the Slack and Teams endpoints read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestBodyLimitFilter.class);

    private final AppProperties.RequestLimits limits;
    private final ApiErrorResponses responses;

    RequestBodyLimitFilter(AppProperties properties, ApiErrorResponses responses) {
        this.limits = properties.requestLimits();
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = ApiPaths.of(request);
        DataSize limit = limits.forPath(path);
        if (request.getContentLengthLong() > limit.toBytes()) {
            logRefusal(request, path, limit);
            responses.send(response, new BodyTooLarge(limit).refusal());
            return;
        }
        var limited = new LimitedRequest(request, limit);
        try {
            chain.doFilter(limited, response);
        } catch (Exception failure) {
            // ApiErrors answers a BodyTooLarge; this catches a reader that let it escape some other way
            if (!limited.exceeded() || response.isCommitted()) {
                throw failure;
            }
        }
        if (limited.exceeded()) {
            logRefusal(request, path, limit);
            if (!response.isCommitted()) {
                response.reset();
                responses.send(response, new BodyTooLarge(limit).refusal());
            }
        }
    }

    private static void logRefusal(HttpServletRequest request, String path, DataSize limit) {
        log.info("Refused a request body over {} bytes on {} from {}", limit.toBytes(), path, request.getRemoteAddr());
    }
}
