package io.incidentledger.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.http.ApiError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The admin API (replay) rebuilds views and costs real work: it needs {@code Authorization: Bearer <LEDGER_ADMIN_TOKEN>},
 * and is closed altogether while no token is configured. The status page and the chat endpoints are not affected.
 */
@Component
class AdminAccessFilter extends OncePerRequestFilter {

    private final byte[] token;
    private final ObjectMapper json;

    AdminAccessFilter(@Value("${ledger.admin-token:}") String token, ObjectMapper json) {
        this.token = token.isBlank() ? null : ("Bearer " + token.strip()).getBytes(StandardCharsets.UTF_8);
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiPaths.of(request).startsWith("/api/admin");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (token == null) {
            refuse(response, 403, new ApiError("admin_disabled", "The admin API is off: set LEDGER_ADMIN_TOKEN to use it."));
            return;
        }
        String given = request.getHeader("Authorization");
        if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            refuse(response, 401, new ApiError("unauthorized", "The admin API needs Authorization: Bearer <LEDGER_ADMIN_TOKEN>."));
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, int status, ApiError error) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), error);
    }
}
