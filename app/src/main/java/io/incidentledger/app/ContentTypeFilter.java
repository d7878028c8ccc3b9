package io.incidentledger.app;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.http.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A Content-Type that is no concrete media type ({@code *}{@code /*}, {@code text/*}, or no type at all) is refused with
 * 415 before anything reads the request: Spring throws on it deep inside body reading, where no advice answers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ContentTypeFilter extends OncePerRequestFilter {

    private final ApiErrorResponses responses;

    ContentTypeFilter(ApiErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !concrete(contentType)) {
            responses.send(response, new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "The request's Content-Type is not a concrete media type such as application/json."));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean concrete(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
    }
}
