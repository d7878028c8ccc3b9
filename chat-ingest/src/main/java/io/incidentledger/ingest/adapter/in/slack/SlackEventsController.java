package io.incidentledger.ingest.adapter.in.slack;

import static io.incidentledger.api.http.ErrorCode.BAD_REQUEST;
import static io.incidentledger.api.http.ErrorCode.BUSY;
import static io.incidentledger.api.http.ErrorCode.CHAT_NOT_CONFIGURED;
import static io.incidentledger.api.http.ErrorCode.INTERNAL_ERROR;
import static io.incidentledger.api.http.ErrorCode.INVALID_SIGNATURE;
import static io.incidentledger.api.http.ErrorCode.UNSUPPORTED_MEDIA_TYPE;
import static io.incidentledger.api.http.ErrorCode.UNSUPPORTED_REQUEST;

import com.google.gson.JsonParseException;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.id.InvalidChatInput;
import io.incidentledger.ingest.application.ChatIntakeBusy;
import io.incidentledger.ingest.slack.SlackProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.InvalidMediaTypeException;
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
    private static final String NOT_SLACK = "This is not a Slack request this app understands.";
    private static final String COULD_NOT_HANDLE = "The incident ledger could not handle this request.";

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
            throw new ApiException(CHAT_NOT_CONFIGURED, "Slack is not configured here: set SLACK_SIGNING_SECRET.");
        }
        if (!isSlackContentType(servletRequest.getContentType())) {
            throw new ApiException(UNSUPPORTED_MEDIA_TYPE,
                    "Slack sends application/x-www-form-urlencoded or application/json, and this request is neither.");
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
            throw new ApiException(BAD_REQUEST, NOT_SLACK, unreadable);
        }
        if (request == null) {
            throw new ApiException(BAD_REQUEST, NOT_SLACK);
        }
        Response response;
        try {
            response = app.run(request);
        } catch (Exception failure) {
            throw refusal(failure);
        }
        return toSpring(request, response);
    }

    // absent: Bolt decides, as it always did; anything else Slack never sends
    private static boolean isSlackContentType(String contentType) {
        if (contentType == null) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED) || type.isCompatibleWith(MediaType.APPLICATION_JSON);
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    // only a delivery that could not be stored yet fails with a 5xx, so that Slack retries it
    private static ApiException refusal(Exception failure) {
        ChatIntakeBusy busy = causeOf(failure, ChatIntakeBusy.class);
        if (busy != null) {
            return new ApiException(BUSY, busy.getMessage(), busy.retryAfter(), busy);
        }
        InvalidChatInput invalid = causeOf(failure, InvalidChatInput.class);
        if (invalid != null) {
            return new ApiException(BAD_REQUEST, invalid.getMessage(), invalid);
        }
        if (causeOf(failure, JsonParseException.class) != null || isPayloadShape(failure)) {
            return new ApiException(BAD_REQUEST, "A field of this Slack request does not have the JSON type Slack sends.",
                    failure);
        }
        log.error("Slack request failed", failure);
        return new ApiException(INTERNAL_ERROR, COULD_NOT_HANDLE, failure);
    }

    /** A payload without a field Slack always sends fails where it is read: in Bolt or in this adapter. */
    private static boolean isPayloadShape(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        boolean shape = root instanceof NullPointerException || root instanceof IndexOutOfBoundsException
                || root instanceof ClassCastException || root instanceof NumberFormatException;
        StackTraceElement[] trace = root.getStackTrace();
        return shape && trace.length > 0 && (trace[0].getClassName().startsWith("com.slack.api.")
                || trace[0].getClassName().startsWith(SlackEventsController.class.getPackageName()));
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static ResponseEntity<?> toSpring(Request<?> request, Response response) {
        int status = response.getStatusCode();
        if (status == 404 && request.getRequestType() == RequestType.Event) {
            // an event the app has no handler for (a subtype it does not record): acknowledged, or Slack retries it
            log.debug("Slack event without a handler acknowledged and ignored");
            return ResponseEntity.ok().build();
        }
        if (status == 401) {
            throw new ApiException(INVALID_SIGNATURE, "The request's Slack signature is missing or wrong, or its "
                    + "timestamp is more than 5 minutes from now.");
        }
        if (status == 404) {
            throw new ApiException(UNSUPPORTED_REQUEST, "This app has no handler for that Slack request.");
        }
        if (status >= 400) {
            // Bolt's own error bodies may quote a parser's exception: never sent back
            throw status >= 500 ? new ApiException(INTERNAL_ERROR, COULD_NOT_HANDLE) : new ApiException(BAD_REQUEST, NOT_SLACK);
        }
        var builder = ResponseEntity.status(status);
        if (response.getContentType() != null) {
            builder.contentType(MediaType.parseMediaType(response.getContentType()));
        }
        return builder.body(response.getBody() == null ? "" : response.getBody());
    }

    private static Map<String, List<String>> headersOf(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }
}
