package io.incidentledger.app;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.http.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The flight recorder, timelines, reviews, metrics, the API document and Prometheus show internal chat or internals,
 * unlike the public status page: they need {@code Authorization: Bearer <LEDGER_API_TOKEN>} (operations also take the
 * admin token). Without a token they stay closed, unless {@code LEDGER_API_OPEN=true} opens them to anyone, loudly.
 * Swagger UI's own files and its config are public: they hold no data, and the page asks for the document with the
 * token given to its Authorize button ({@link SwaggerUiTokenPage}).
 * A reader also sees health details: this filter gives the request a principal, which is all that Spring Boot's
 * {@code show-details=when-authorized} asks for without Spring Security.
 */
@Component
class ReaderAccessFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ReaderAccessFilter.class);
    private static final List<String> INTERNAL = List.of("/api/search", "/api/incidents", "/api/metrics",
            "/v3/api-docs", "/swagger-ui", "/actuator/prometheus");
    private static final String HEALTH = "/actuator/health";
    private static final String SWAGGER_UI_FILES = "/swagger-ui/";
    private static final Set<String> SWAGGER_UI_PAGES = Set.of("/swagger-ui.html", "/v3/api-docs/swagger-config");
    private static final Principal READER = () -> "ledger-reader";

    private final BearerToken reader;
    private final BearerToken admin;
    private final boolean open;
    private final ApiErrorResponses responses;

    ReaderAccessFilter(AccessTokens tokens, ApiErrorResponses responses) {
        this.reader = tokens.reader();
        this.admin = tokens.admin();
        this.open = tokens.readersOpen();
        this.responses = responses;
        if (open) {
            log.warn("ledger.api.open-without-token (LEDGER_API_OPEN, on in the local profile) and no LEDGER_API_TOKEN: "
                    + "search, timelines, reviews, metrics (internal chat), the API document, Prometheus and health "
                    + "details are OPEN to anyone who reaches this app");
        } else if (!reader.configured()) {
            log.info("LEDGER_API_TOKEN is not set: search, timelines, reviews, metrics, the API document, Prometheus and "
                    + "health details are closed (401); set LEDGER_API_TOKEN, or LEDGER_API_OPEN=true to open them to anyone");
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = ApiPaths.of(request);
        return swaggerUi(path) || !path.startsWith(HEALTH) && INTERNAL.stream().noneMatch(path::startsWith);
    }

    /** Swagger UI's files under /swagger-ui/, its redirect and its config, but no path that climbs out of them. */
    static boolean swaggerUi(String path) {
        return !path.contains("..") && (path.startsWith(SWAGGER_UI_FILES) || SWAGGER_UI_PAGES.contains(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = ApiPaths.of(request);
        boolean operations = path.startsWith("/actuator/");
        boolean allowed = open || reader.accepts(request) || operations && admin.accepts(request);
        if (path.startsWith(HEALTH)) {
            // health itself is public (UP or DOWN); only its details need the principal
            chain.doFilter(allowed ? asReader(request) : request, response);
        } else if (allowed) {
            chain.doFilter(request, response);
        } else {
            responses.send(response, new ApiException(ErrorCode.UNAUTHORIZED, reader.configured()
                    ? "This API shows internal incident chat: it needs Authorization: Bearer <LEDGER_API_TOKEN>."
                    : "This API shows internal incident chat and is closed here: set LEDGER_API_TOKEN and send it "
                            + "as Authorization: Bearer <token>."));
        }
    }

    private static HttpServletRequest asReader(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return READER;
            }
        };
    }
}
