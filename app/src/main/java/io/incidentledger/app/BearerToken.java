package io.incidentledger.app;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** One configured bearer token, compared in constant time. */
final class BearerToken {

    private final byte[] expected;

    BearerToken(String token) {
        this.expected = token == null || token.isBlank() ? null
                : ("Bearer " + token.strip()).getBytes(StandardCharsets.UTF_8);
    }

    boolean configured() {
        return expected != null;
    }

    boolean accepts(HttpServletRequest request) {
        String given = request.getHeader("Authorization");
        return expected != null && given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
    }
}
