package io.incidentledger.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.http.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.MediaType;

/** One configured bearer token, compared in constant time, and the refusal in the one error body. */
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

    static void refuse(HttpServletResponse response, ObjectMapper json, int status, ApiError error) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), error);
    }
}
