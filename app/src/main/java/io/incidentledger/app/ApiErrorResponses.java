package io.incidentledger.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.http.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The one renderer of an {@link ApiException}: its code's status, Retry-After when it has one, and the one body. Sent
 * with a length rather than in chunks: after a refused body Tomcat closes the connection once it has swallowed what
 * it may of the rest, before a closing chunk could follow. The advice answers controllers with it, the filters too.
 */
@Component
class ApiErrorResponses {

    private final ObjectMapper json;

    ApiErrorResponses(ObjectMapper json) {
        this.json = json;
    }

    ResponseEntity<byte[]> entity(ApiException refusal) {
        byte[] body = bytes(refusal);
        var answer = ResponseEntity.status(refusal.code().status()).contentType(MediaType.APPLICATION_JSON)
                .contentLength(body.length);
        refusal.retryAfter().ifPresent(wait -> answer.header(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds())));
        return answer.body(body);
    }

    /** A filter's refusal, flushed at once so that the client has it before Tomcat closes the connection. */
    void send(HttpServletResponse response, ApiException refusal) throws IOException {
        byte[] body = bytes(refusal);
        response.setStatus(refusal.code().status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        refusal.retryAfter().ifPresent(wait -> response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds())));
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    private byte[] bytes(ApiException refusal) {
        try {
            return json.writeValueAsBytes(refusal.body());
        } catch (JsonProcessingException impossible) {
            // two strings always serialise
            throw new UncheckedIOException(impossible);
        }
    }
}
