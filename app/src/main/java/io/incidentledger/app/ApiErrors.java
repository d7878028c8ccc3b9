package io.incidentledger.app;

import static io.incidentledger.api.http.ErrorCode.BAD_HEADER;
import static io.incidentledger.api.http.ErrorCode.BAD_PARAMETER;
import static io.incidentledger.api.http.ErrorCode.BAD_REQUEST;
import static io.incidentledger.api.http.ErrorCode.METHOD_NOT_ALLOWED;
import static io.incidentledger.api.http.ErrorCode.NOT_FOUND;
import static io.incidentledger.api.http.ErrorCode.UNSUPPORTED_MEDIA_TYPE;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.http.ErrorCode;
import java.util.Arrays;
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

/**
 * The one advice: every module throws an {@link ApiException}, and Spring's own refusals are said here in the caller's
 * terms (its messages name Java types, such as "java.lang.String"). Rendered by {@link ApiErrorResponses}.
 */
@RestControllerAdvice
class ApiErrors {

    private final ApiErrorResponses responses;

    ApiErrors(ApiErrorResponses responses) {
        this.responses = responses;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<byte[]> refused(ApiException refusal) {
        return responses.entity(refusal);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<byte[]> notFound(NoResourceFoundException missing) {
        return refused(NOT_FOUND, "There is nothing at /" + missing.getResourcePath() + ".");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<byte[]> method(HttpRequestMethodNotSupportedException wrong) {
        String[] supported = wrong.getSupportedMethods() == null ? new String[0] : wrong.getSupportedMethods();
        return refused(METHOD_NOT_ALLOWED, wrong.getMethod() + " is not supported here; use "
                + String.join(" or ", supported) + ".");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<byte[]> mediaType(HttpMediaTypeNotSupportedException wrong) {
        return refused(UNSUPPORTED_MEDIA_TYPE, "This endpoint does not take " + wrong.getContentType() + ".");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<byte[]> missingParameter(MissingServletRequestParameterException missing) {
        return refused(BAD_PARAMETER, "The parameter '" + missing.getParameterName() + "' is required.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<byte[]> badParameter(MethodArgumentTypeMismatchException mismatch) {
        // a repeated parameter arrives as an array, whose toString would name a Java type
        String shown = mismatch.getValue() instanceof Object[] values
                ? String.join(",", Arrays.stream(values).map(String::valueOf).toList()) : String.valueOf(mismatch.getValue());
        return refused(BAD_PARAMETER, "'" + shown + "' is not a valid value for " + mismatch.getName() + ".");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<byte[]> missingHeader(MissingRequestHeaderException missing) {
        return refused(BAD_HEADER, "The header " + missing.getHeaderName() + " is required.");
    }

    // multipart is resolved lazily, so this is a handler that read parameters of a multipart request without a boundary
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<byte[]> multipart(MultipartException unreadable) {
        return refused(BAD_REQUEST, "A multipart request needs a boundary, and no endpoint here takes multipart bodies.");
    }

    /** Spring wraps a failed {@code @RequestBody} read, the body limit's included: that one stays a 413. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<byte[]> unreadable(HttpMessageNotReadableException unreadable) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge tooLarge) {
                return tooLarge(tooLarge);
            }
        }
        return refused(BAD_REQUEST, "The request body could not be read.");
    }

    /** Thrown by {@link LimitedRequest} in whichever controller was reading the body. */
    @ExceptionHandler(BodyTooLarge.class)
    ResponseEntity<byte[]> tooLarge(BodyTooLarge tooLarge) {
        return responses.entity(tooLarge.refusal());
    }

    private ResponseEntity<byte[]> refused(ErrorCode code, String sentence) {
        return responses.entity(new ApiException(code, sentence));
    }
}
