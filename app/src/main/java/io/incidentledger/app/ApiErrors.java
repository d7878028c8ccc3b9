package io.incidentledger.app;

import io.incidentledger.api.http.ApiError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The one 4xx body for what no module handles itself: unknown paths, wrong methods, unreadable requests. */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrors {

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
            MissingRequestHeaderException.class, HttpMessageNotReadableException.class})
    ResponseEntity<ApiError> badRequest(Exception unreadable) {
        String detail = unreadable instanceof HttpMessageNotReadableException ? "The request body could not be read."
                : unreadable.getMessage();
        return error(HttpStatus.BAD_REQUEST, "bad_request", detail);
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(new ApiError(code, message));
    }
}
