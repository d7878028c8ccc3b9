package io.incidentledger.ingest.testdata;

import io.incidentledger.api.http.ApiError;
import io.incidentledger.api.http.ApiException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The app's advice, as far as a controller test needs it: the app module renders refusals in production, and this
 * module cannot depend on it. It reads only what the exception carries, so a wrong code or status still fails.
 */
@RestControllerAdvice
public class RenderedRefusals {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> refused(ApiException refusal) {
        var answer = ResponseEntity.status(refusal.code().status()).contentType(MediaType.APPLICATION_JSON);
        refusal.retryAfter().ifPresent(wait -> answer.header(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds())));
        return answer.body(refusal.body());
    }
}
