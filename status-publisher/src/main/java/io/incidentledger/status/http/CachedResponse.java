package io.incidentledger.status.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Conditional GET for status outputs: a strong ETag over the exact bytes, {@code Last-Modified} from the newest
 * change shown, 304 when the client already has them, and a short {@code Cache-Control} so that a CDN in front
 * absorbs the refresh storm of an outage without hiding a new update for long.
 */
public final class CachedResponse {

    private CachedResponse() {
    }

    public static ResponseEntity<byte[]> of(byte[] body, MediaType type, Instant lastModified, Duration maxAge,
                                            HttpHeaders request) {
        return of(body, etag(body), type, lastModified, maxAge, request);
    }

    /** For a body rendered earlier, whose {@link #etag} was kept with it. */
    public static ResponseEntity<byte[]> of(byte[] body, String etag, MediaType type, Instant lastModified,
                                            Duration maxAge, HttpHeaders request) {
        return of(body, etag, type, lastModified, maxAge, request, List.of());
    }

    /** For a body that also depends on these request headers, such as {@code Accept-Language}: caches key on them. */
    public static ResponseEntity<byte[]> of(byte[] body, String etag, MediaType type, Instant lastModified,
                                            Duration maxAge, HttpHeaders request, List<String> varyAlso) {
        Instant modified = lastModified.truncatedTo(ChronoUnit.SECONDS);
        var headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setLastModified(modified);
        headers.setCacheControl(CacheControl.maxAge(maxAge).cachePublic().mustRevalidate());
        headers.setVary(java.util.stream.Stream.concat(java.util.stream.Stream.of(HttpHeaders.ACCEPT_ENCODING),
                varyAlso.stream()).toList());
        if (notModified(etag, modified, request)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        return ResponseEntity.ok().headers(headers).contentType(type).body(body);
    }

    // If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2)
    private static boolean notModified(String etag, Instant modified, HttpHeaders request) {
        List<String> ifNoneMatch;
        try {
            ifNoneMatch = request.getIfNoneMatch();
        } catch (IllegalArgumentException malformed) {
            throw new MalformedConditional("If-None-Match must be * or a list of quoted entity tags, such as "
                    + "\"3f2a\" or W/\"3f2a\"");
        }
        if (!ifNoneMatch.isEmpty()) {
            return ifNoneMatch.stream().anyMatch(tag -> tag.equals("*") || tag.replaceFirst("^W/", "").equals(etag));
        }
        return modifiedSince(request).map(since -> !modified.isAfter(since)).orElse(false);
    }

    // an If-Modified-Since that is not an HTTP date is ignored, as RFC 9110 §13.1.3 says
    private static Optional<Instant> modifiedSince(HttpHeaders request) {
        try {
            long since = request.getIfModifiedSince();
            return since < 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(since));
        } catch (IllegalArgumentException notADate) {
            return Optional.empty();
        }
    }

    public static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
