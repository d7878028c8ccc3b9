package io.incidentledger.app;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.http.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The admin API (replay) rebuilds views and costs real work: it needs {@code Authorization: Bearer <LEDGER_ADMIN_TOKEN>},
 * and is closed altogether while no token is configured. The status page and the chat endpoints are not affected.
 */
@Component
class AdminAccessFilter extends OncePerRequestFilter {

    private final BearerToken token;
    private final ApiErrorResponses responses;

    AdminAccessFilter(AccessTokens tokens, ApiErrorResponses responses) {
        this.token = tokens.admin();
        this.responses = responses;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiPaths.of(request).startsWith("/api/admin");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!token.configured()) {
            responses.send(response, new ApiException(ErrorCode.ADMIN_DISABLED,
                    "The admin API is off: set LEDGER_ADMIN_TOKEN to use it."));
            return;
        }
        if (!token.accepts(request)) {
            responses.send(response, new ApiException(ErrorCode.UNAUTHORIZED,
                    "The admin API needs Authorization: Bearer <LEDGER_ADMIN_TOKEN>."));
            return;
        }
        chain.doFilter(request, response);
    }
}
