package io.incidentledger.ingest.adapter.in.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.incidentledger.api.http.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bolt's one-endpoint convention. The body is read raw from the servlet stream: Spring's form handling would
 * re-encode it and break the signature, which Slack computes over the exact bytes it sent.
 */
@RestController
class SlackEventsController {

    private static final Logger log = LoggerFactory.getLogger(SlackEventsController.class);

    private final App app;
    private final SlackRequestParser parser;
    private final boolean configured;

    SlackEventsController(App slackApp, SlackRequestParser parser, SlackProperties properties) {
        this.app = slackApp;
        this.parser = parser;
        this.configured = properties.signingSecret() != null && !properties.signingSecret().isBlank();
    }

    @PostMapping("/slack/events")
    ResponseEntity<?> receive(HttpServletRequest servletRequest) throws IOException {
        if (!configured) {
            // without a secret nothing can be verified, so nothing is trusted
            return ResponseEntity.status(401).contentType(MediaType.APPLICATION_JSON).body(new ApiError(
                    "slack_not_configured", "Slack is not configured here: set SLACK_SIGNING_SECRET."));
        }
        String body = new String(servletRequest.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(servletRequest.getRequestURI())
                    .queryString(Map.of())
                    .headers(new RequestHeaders(headersOf(servletRequest)))
                    .requestBody(body)
                    .remoteAddress(servletRequest.getRemoteAddr())
                    .build());
        } catch (RuntimeException unreadable) {
            // the parser's own words may echo the body: never sent back
            return badRequest("This is not a Slack request this app understands.");
        }
        if (request == null) {
            return badRequest("This is not a Slack request this app understands.");
        }
        try {
            return toSpring(app.run(request));
        } catch (Exception failure) {
            log.error("Slack request failed", failure);
            return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_JSON)
                    .body(new ApiError("internal_error", "The incident ledger could not handle this request."));
        }
    }

    private static ResponseEntity<?> toSpring(Response response) {
        int status = response.getStatusCode();
        if (status == 401) {
            return ResponseEntity.status(401).contentType(MediaType.APPLICATION_JSON).body(new ApiError(
                    "invalid_signature", "The request's Slack signature is missing or wrong, or its timestamp is more than 5 minutes from now."));
        }
        if (status == 404) {
            return ResponseEntity.status(404).contentType(MediaType.APPLICATION_JSON).body(new ApiError(
                    "unsupported_request", "This app has no handler for that Slack request."));
        }
        var builder = ResponseEntity.status(status);
        if (response.getContentType() != null) {
            builder.contentType(MediaType.parseMediaType(response.getContentType()));
        }
        return builder.body(response.getBody() == null ? "" : response.getBody());
    }

    private static ResponseEntity<ApiError> badRequest(String message) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError("bad_request", message));
    }

    private static Map<String, List<String>> headersOf(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }
}
