package io.incidentledger.status;

import io.incidentledger.api.http.ApiError;
import io.incidentledger.projections.status.ViewNotReady;
import io.incidentledger.status.http.MalformedConditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice(assignableTypes = StatusPageController.class)
class StatusPageErrors {

    // a page that is still being built must not claim "all systems operational"
    @ExceptionHandler(ViewNotReady.class)
    ResponseEntity<ApiError> notReady(ViewNotReady notReady) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "2")
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError("view_starting", notReady.getMessage() + "; try again in a few seconds."));
    }

    @ExceptionHandler(MalformedConditional.class)
    ResponseEntity<ApiError> malformedConditional(MalformedConditional bad) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError("bad_conditional_header", bad.getMessage()));
    }

    @ExceptionHandler(BadAsOf.class)
    ResponseEntity<ApiError> badAsOf(BadAsOf bad) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError("bad_at", bad.getMessage()));
    }
}
