package io.incidentledger.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.http.ApiError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;

/** A filter's refusal in the one error body, sent at once so the client has it before Tomcat closes the connection. */
final class Refusals {

    private Refusals() {
    }

    static void send(HttpServletResponse response, ObjectMapper json, int status, ApiError error) throws IOException {
        byte[] body = json.writeValueAsBytes(error);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
