package io.incidentledger.status;

import io.incidentledger.status.http.PublicReadCors;
import io.incidentledger.status.text.PageLanguages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;

/**
 * The response {@link StatusPageController} gives a live document, header for header, as {@code CachedResponse} and
 * {@code PublicReadCors} make it; LiveDocumentFilterIT compares the two on every path so they cannot drift apart.
 */
final class LiveHeaders {

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final String CACHE_CONTROL =
            CacheControl.maxAge(StatusPageController.LIVE_MAX_AGE).cachePublic().mustRevalidate().getHeaderValue();
    private static final String EXPOSED = "ETag, Last-Modified, Retry-After";

    private final PageLanguages languages;
    private volatile Dated lastModified = new Dated(Instant.EPOCH, HTTP_DATE.format(Instant.EPOCH));

    private record Dated(Instant instant, String text) {
    }

    LiveHeaders(PageLanguages languages) {
        this.languages = languages;
    }

    /** Every path the controller serves a live document at, as a request URI. */
    static Map<String, StatusDocument> paths() {
        Map<String, StatusDocument> paths = new HashMap<>();
        for (StatusDocument document : StatusDocument.values()) {
            paths.put("/" + document.path(), document);
        }
        paths.put("/", StatusDocument.PAGE);
        return Map.copyOf(paths);
    }

    void write(RenderedPage page, StatusDocument document, HttpServletRequest request, String ifNoneMatch,
               HttpServletResponse response) throws IOException {
        boolean localised = document == StatusDocument.PAGE;
        Locale locale = localised ? languages.preferred(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)).locale() : null;
        RenderedDocument rendered = page.document(document, locale);
        if (PublicReadCors.isPublicRead(request.getRequestURI())) {
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        }
        response.setHeader(HttpHeaders.LAST_MODIFIED, httpDate(page.lastChange()));
        response.setHeader(HttpHeaders.ETAG, rendered.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setHeader(HttpHeaders.VARY, localised ? "Accept-Encoding, Accept-Language" : "Accept-Encoding");
        if (ifNoneMatch != null && ifNoneMatch.replaceFirst("^W/", "").equals(rendered.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(document.mediaType().toString());
        response.setContentLength(rendered.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(rendered.body());
        }
    }

    // one date per rendering, formatted once rather than per request
    private String httpDate(Instant lastChange) {
        Instant second = lastChange.truncatedTo(ChronoUnit.SECONDS);
        Dated dated = lastModified;
        if (!dated.instant().equals(second)) {
            dated = new Dated(second, HTTP_DATE.format(second));
            lastModified = dated;
        }
        return dated.text();
    }
}
