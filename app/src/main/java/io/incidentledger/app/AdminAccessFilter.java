package io.incidentledger.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.http.ApiError;
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
    private final ObjectMapper json;

    AdminAccessFilter(AccessTokens tokens, ObjectMapper json) {
        this.token = tokens.admin();
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiPaths.of(request).startsWith("/api/admin");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!token.configured()) {
            Refusals.send(response, json, 403,
                    new ApiError("admin_disabled", "The admin API is off: set LEDGER_ADMIN_TOKEN to use it."));
            return;
        }
        if (!token.accepts(request)) {
            Refusals.send(response, json, 401,
                    new ApiError("unauthorized", "The admin API needs Authorization: Bearer <LEDGER_ADMIN_TOKEN>."));
            return;
        }
        chain.doFilter(request, response);
    }
}
