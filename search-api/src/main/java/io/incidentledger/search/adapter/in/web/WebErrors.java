package io.incidentledger.search.adapter.in.web;

import io.incidentledger.api.http.ApiError;
import io.incidentledger.projections.replay.ReplayRunningElsewhere;
import io.incidentledger.projections.status.ViewNotReady;
import java.io.UncheckedIOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every error of this API is an {@link ApiError} with a sentence for people; never a bare 500. */
@RestControllerAdvice(basePackageClasses = WebErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before the app's catch-all advice, for this package's controllers
class WebErrors {

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<ApiError> badRequest(BadRequest e) {
        return ResponseEntity.badRequest().body(new ApiError(e.code(), e.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> badValue(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(new ApiError("bad_request", e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badType(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(new ApiError("bad_parameter",
                "'" + shown(e.getValue()) + "' is not a valid value for " + e.getName()));
    }

    // a repeated parameter arrives as an array, whose toString would name a Java type
    private static String shown(Object value) {
        return value instanceof Object[] values
                ? String.join(",", java.util.Arrays.stream(values).map(String::valueOf).toList()) : String.valueOf(value);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ApiError> notFound(NotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("not_found", e.getMessage()));
    }

    @ExceptionHandler(ViewNotReady.class)
    ResponseEntity<ApiError> notReady(ViewNotReady e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "2")
                .body(new ApiError("view_not_ready", e.getMessage() + "; try again in a few seconds"));
    }

    @ExceptionHandler(ReplayRunningElsewhere.class)
    ResponseEntity<ApiError> replayElsewhere(ReplayRunningElsewhere e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError("replay_running_elsewhere", e.getMessage()));
    }

    @ExceptionHandler(UncheckedIOException.class)
    ResponseEntity<ApiError> searchDown(UncheckedIOException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "10")
                .body(new ApiError("search_unavailable", "The flight recorder cannot be reached right now; "
                        + "nothing is lost, try again shortly"));
    }
}
