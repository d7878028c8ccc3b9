package io.incidentledger.app;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.http.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers over their limit together get 431 with the one error body, and nothing reaches the ledger. Tomcat's own
 * limit is set higher on purpose: its refusal (a bare 400) closes the connection with the rest of the request unread,
 * and the reset that follows can destroy the answer before the client has read it. Here the whole request has been
 * read, and Tomcat swallows the body after the answer as it does for any refusal, so the client reads its 431.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 9)
class RequestHeaderLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestHeaderLimitFilter.class);

    private final DataSize limit;
    private final ApiErrorResponses responses;

    RequestHeaderLimitFilter(AppProperties properties, ApiErrorResponses responses) {
        this.limit = properties.requestLimits().headers();
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long size = headerBytes(request);
        if (size <= limit.toBytes()) {
            chain.doFilter(request, response);
            return;
        }
        log.info("Refused {} bytes of request headers on {} from {}", size, ApiPaths.of(request), request.getRemoteAddr());
        responses.send(response, new ApiException(ErrorCode.HEADERS_TOO_LARGE, "This request's headers are larger "
                + "together than the " + AppProperties.RequestLimits.readable(limit) + " accepted here."));
    }

    /** As sent: Tomcat decodes header bytes as ISO-8859-1, one char each, plus ": " and the line's CRLF. */
    private static long headerBytes(HttpServletRequest request) {
        long size = 0;
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                size += name.length() + value.length() + 4;
            }
        }
        return size;
    }
}
