package io.incidentledger.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.http.ApiError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The flight recorder, timelines, reviews and metrics hold internal conversation, unlike the public status page.
 * With LEDGER_API_TOKEN set they need {@code Authorization: Bearer <token>}; without it they are open, and the log
 * says so at startup, for installs that keep the whole app behind their own network or proxy.
 */
@Component
class ReaderAccessFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ReaderAccessFilter.class);
    private static final List<String> INTERNAL = List.of("/api/search", "/api/incidents", "/api/metrics");

    private final BearerToken token;
    private final ObjectMapper json;

    ReaderAccessFilter(@Value("${ledger.api-token:}") String token, ObjectMapper json) {
        this.token = new BearerToken(token);
        this.json = json;
        if (!this.token.configured()) {
            log.warn("LEDGER_API_TOKEN is not set: search, timelines, reviews and metrics (internal chat) are readable "
                    + "by anyone who reaches this app; set it, or keep these paths behind your own proxy");
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = ApiPaths.of(request);
        return !token.configured() || INTERNAL.stream().noneMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!token.accepts(request)) {
            BearerToken.refuse(response, json, 401, new ApiError("unauthorized",
                    "This API shows internal incident chat: it needs Authorization: Bearer <LEDGER_API_TOKEN>."));
            return;
        }
        chain.doFilter(request, response);
    }
}
