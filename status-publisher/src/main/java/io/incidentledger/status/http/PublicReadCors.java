package io.incidentledger.status.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * {@code Access-Control-Allow-Origin: *} on the public read endpoints, as Statuspage sends it, so a widget on any
 * site can read them; their preflights are answered here, before any other filter. Every other path (console, search,
 * admin, chat) gets no CORS header at all: a browser keeps other sites from reading it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PublicReadCors extends OncePerRequestFilter {

    static final String METHODS = "GET, HEAD, OPTIONS";
    static final String HEADERS = "Accept, Accept-Language, Cache-Control, If-Modified-Since, If-None-Match";
    static final Duration MAX_AGE = Duration.ofDays(1);
    private static final Set<String> PAGES = Set.of("/history.atom", "/history.rss", "/badge.svg", "/embed.js");
    private static final UrlPathHelper ROUTING = new UrlPathHelper();

    /** The Statuspage JSON, the feeds, the badges and the embed script; nothing that climbs out of them. */
    public static boolean isPublicRead(String path) {
        return !path.contains("..") && (path.startsWith("/api/v2/") || PAGES.contains(path) || path.startsWith("/badge/"));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isPublicRead(ROUTING.getLookupPathForRequest(request).replaceAll("/{2,}", "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        if (CorsUtils.isPreFlightRequest(request)) {
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, METHODS);
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, HEADERS);
            response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, Long.toString(MAX_AGE.toSeconds()));
            response.setHeader(HttpHeaders.ALLOW, METHODS);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        // a script may read the validators, to ask again with If-None-Match
        response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "ETag, Last-Modified, Retry-After");
        chain.doFilter(request, response);
    }
}
