package vn.nghedan.residentweb;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.nghedan.platform.InvalidInputException;
import vn.nghedan.platform.NotFoundException;

/**
 * The public API's errors as {@code {error, message, field?}}, in the resident's language
 * (Vietnamese unless asked otherwise). Before the officials' handler, which serves their API.
 */
@RestControllerAdvice(assignableTypes = PublicSubmissionApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicApiErrors {

    private final WebMessages messages;

    // Made from the MessageSource rather than injected: MVC slice tests load advice like this one
    // without the module's other beans.
    PublicApiErrors(MessageSource source) {
        this.messages = new WebMessages(source);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
        return body(HttpStatus.BAD_REQUEST, "bad_request", messages.invalid(e), e.field());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return body(HttpStatus.BAD_REQUEST, "bad_request", messages.text("web.invalid.body"), "body");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
        return body(
                HttpStatus.BAD_REQUEST,
                "bad_request",
                messages.text("web.invalid.missing", e.getParameterName()),
                e.getParameterName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
        return body(HttpStatus.BAD_REQUEST, "bad_request", messages.text("web.invalid.body"), e.getName());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return body(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", messages.text("web.invalid.body"), null);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return body(HttpStatus.NOT_FOUND, "not_found", messages.text("web.not-found"), null);
    }

    @ExceptionHandler(TooFastException.class)
    ResponseEntity<Map<String, Object>> tooFast(TooFastException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "too_many_requests");
        body.put("message", messages.text(e.messageKey()));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, "60")
                .body(body);
    }

    private static ResponseEntity<Map<String, Object>> body(
            HttpStatus status, String error, String message, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        if (field != null) {
            body.put("field", field);
        }
        return ResponseEntity.status(status).body(body);
    }
}
