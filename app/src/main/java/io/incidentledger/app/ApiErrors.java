package io.incidentledger.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.http.ApiError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The one 4xx body for what no module handles itself: unknown paths, wrong methods, unreadable or too large requests. */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrors {

    private final ObjectMapper json;

    ApiErrors(ObjectMapper json) {
        this.json = json;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> notFound(NoResourceFoundException missing) {
        return error(HttpStatus.NOT_FOUND, "not_found", "There is nothing at /" + missing.getResourcePath() + ".");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException wrong) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
                wrong.getMethod() + " is not supported here; use " + String.join(" or ", wrong.getSupportedMethods() == null
                        ? new String[0] : wrong.getSupportedMethods()) + ".");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException wrong) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                "This endpoint does not take " + wrong.getContentType() + ".");
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
            MissingRequestHeaderException.class})
    ResponseEntity<ApiError> badRequest(Exception wrong) {
        // Spring's own messages name Java types ("java.lang.String"): say it in the caller's terms instead
        String sentence = "The request is not valid here.";
        if (wrong instanceof MissingServletRequestParameterException missing) {
            sentence = "The parameter '" + missing.getParameterName() + "' is required.";
        } else if (wrong instanceof MethodArgumentTypeMismatchException mismatch) {
            Object value = mismatch.getValue();
            String shown = value instanceof Object[] values
                    ? String.join(",", java.util.Arrays.stream(values).map(String::valueOf).toList()) : String.valueOf(value);
            sentence = "'" + shown + "' is not a valid value for " + mismatch.getName() + ".";
        } else if (wrong instanceof MissingRequestHeaderException missing) {
            sentence = "The header " + missing.getHeaderName() + " is required.";
        }
        return error(HttpStatus.BAD_REQUEST, "bad_request", sentence);
    }

    // multipart is resolved lazily, so this is a handler that read parameters of a multipart request without a boundary
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> multipart(MultipartException unreadable) {
        return error(HttpStatus.BAD_REQUEST, "bad_request", "A multipart request needs a boundary, and no endpoint here "
                + "takes multipart bodies.");
    }

    /** Spring wraps a failed {@code @RequestBody} read, the body limit's included: that one stays a 413. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<?> unreadable(HttpMessageNotReadableException unreadable) throws JsonProcessingException {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge tooLarge) {
                return tooLarge(tooLarge);
            }
        }
        return error(HttpStatus.BAD_REQUEST, "bad_request", "The request body could not be read.");
    }

    /**
     * Thrown by {@link LimitedRequest} in whichever controller was reading the body. Sent with a length, not in chunks:
     * Tomcat closes the connection after it swallowed what it may of the rest, before a closing chunk could follow.
     */
    @ExceptionHandler(BodyTooLarge.class)
    ResponseEntity<byte[]> tooLarge(BodyTooLarge tooLarge) throws JsonProcessingException {
        byte[] body = json.writeValueAsBytes(tooLarge.error());
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
                .contentLength(body.length).body(body);
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(new ApiError(code, message));
    }
}
