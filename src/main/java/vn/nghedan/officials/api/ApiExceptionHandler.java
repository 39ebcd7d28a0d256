package vn.nghedan.officials.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import vn.nghedan.officials.accounts.UsernameTaken;
import vn.nghedan.officials.core.ConflictException;
import vn.nghedan.platform.ApiPaths;
import vn.nghedan.platform.InvalidInputException;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.submission.IllegalTransitionException;

/**
 * Turns whatever goes wrong under {@code /api}, and on the webhooks Telegram and Zalo call
 * ({@link ApiPaths}), into the API's JSON error body with the right status: bad input 400 naming
 * the field, unknown things 404, steps the state does not allow 409, and Spring MVC's own
 * failures (unknown path, 405, 415, 406 …) with their status. Only the truly unexpected is a 500,
 * logged here and answered without details.
 *
 * <p>It applies to every controller, the agenda's too, and to requests no controller matched
 * (unknown {@code /api} paths, a GET on a webhook). Elsewhere it steps aside by rethrowing, which
 * lets Spring's default handling (the console's error page) take over.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiMessages messages;

    ApiExceptionHandler(ApiMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalidInput(InvalidInputException e, HttpServletRequest request) throws Exception {
        String message = e.messageKey() != null
                ? messages.getOrDefault(request, e.messageKey(), e.getMessage(), e.arguments())
                : e.getMessage();
        return answer(request, e, HttpStatus.BAD_REQUEST, message, e.field());
    }

    /** The request was well formed; the name is simply not free: 409, naming the field. */
    @ExceptionHandler(UsernameTaken.class)
    ResponseEntity<ApiError> usernameTaken(UsernameTaken e, HttpServletRequest request) throws Exception {
        return answer(
                request,
                e,
                HttpStatus.CONFLICT,
                messages.getOrDefault(request, e.messageKey(), e.getMessage(), e.arguments()),
                e.field());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e, HttpServletRequest request) throws Exception {
        return answer(request, e, HttpStatus.NOT_FOUND, messages.get(request, "officials.error.not_found"), null);
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ResponseEntity<ApiError> illegalTransition(IllegalTransitionException e, HttpServletRequest request)
            throws Exception {
        // The status as its code: what an API client compares; the English text stays for the rest.
        String message = e.current() == null
                ? e.getMessage()
                : messages.get(
                        request, "officials.error.transition", e.current().name());
        return answer(request, e, HttpStatus.CONFLICT, message, null);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> conflict(ConflictException e, HttpServletRequest request) throws Exception {
        return answer(request, e, HttpStatus.CONFLICT, messages.get(request, e.messageKey(), e.arguments()), null);
    }

    /** Two officials changed the same thing at once: the later one reloads and decides again. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ApiError> changedMeanwhile(OptimisticLockingFailureException e, HttpServletRequest request)
            throws Exception {
        return answer(
                request, e, HttpStatus.CONFLICT, messages.get(request, "officials.error.changed-meanwhile"), null);
    }

    /**
     * The database stayed locked (a long import or broadcast planning): nothing was changed, so
     * the client may simply try again; 503 with Retry-After says so, where a 500 would not.
     */
    @ExceptionHandler({CannotCreateTransactionException.class, TransientDataAccessException.class})
    ResponseEntity<ApiError> busy(Exception e, HttpServletRequest request) throws Exception {
        log.warn("Database busy answering {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "5");
        return answer(
                request,
                e,
                HttpStatus.SERVICE_UNAVAILABLE,
                messages.get(request, "officials.error.busy"),
                null,
                headers);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> forbidden(AccessDeniedException e, HttpServletRequest request) throws Exception {
        return answer(request, e, HttpStatus.FORBIDDEN, messages.get(request, "officials.error.forbidden"), null);
    }

    /** The body is not JSON, or a value in it has the wrong type (a text for a number, an unknown status …). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request)
            throws Exception {
        JacksonException jackson = causeOfType(e, JacksonException.class);
        if (jackson == null) {
            return answer(
                    request, e, HttpStatus.BAD_REQUEST, messages.get(request, "officials.error.body-missing"), "body");
        }
        String field = fieldOf(jackson);
        if (field != null && jackson instanceof InputCoercionException) {
            // A number the field's type cannot hold (1e30 or 99999999999999999999 for an id): the
            // JSON is well formed, the value is wrong.
            return answer(
                    request,
                    e,
                    HttpStatus.BAD_REQUEST,
                    messages.get(request, "officials.error.out-of-range", field),
                    field);
        }
        if (field == null || !(jackson instanceof MismatchedInputException mismatch)) {
            return answer(
                    request,
                    e,
                    HttpStatus.BAD_REQUEST,
                    messages.get(request, "officials.error.malformed-json"),
                    "body");
        }
        String message = mismatch instanceof UnrecognizedPropertyException
                ? messages.get(request, "officials.error.unknown-field", field)
                : wrongValueMessage(request, field, mismatch.getTargetType());
        return answer(request, e, HttpStatus.BAD_REQUEST, message, field);
    }

    /** A query or path parameter of the wrong type: {@code page=abc}, {@code status=OPEN}. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> wrongParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request)
            throws Exception {
        return answer(
                request,
                e,
                HttpStatus.BAD_REQUEST,
                wrongValueMessage(request, e.getName(), e.getRequiredType()),
                e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request)
            throws Exception {
        return answer(
                request,
                e,
                HttpStatus.BAD_REQUEST,
                messages.get(request, "officials.error.missing-parameter", e.getParameterName()),
                e.getParameterName());
    }

    /**
     * Spring MVC's own failures carry their status (unknown path 404, 405 with its Allow header,
     * 415, 406 …); anything else is a fault of ours: logged with its trace, answered with none.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> other(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
            HttpStatusCode status = known.getStatusCode();
            String code = ApiError.codeFor(status);
            String message = messages.getOrDefault(request, "officials.error." + code, code.replace('_', ' '));
            return answer(request, e, status, message, null, known.getHeaders());
        }
        if (isApi(request)) {
            log.error("Unexpected failure answering {} {}", request.getMethod(), request.getRequestURI(), e);
        }
        return answer(
                request,
                e,
                HttpStatus.INTERNAL_SERVER_ERROR,
                messages.get(request, "officials.error.internal_error"),
                null);
    }

    private ResponseEntity<ApiError> answer(
            HttpServletRequest request, Exception e, HttpStatusCode status, String message, String field)
            throws Exception {
        return answer(request, e, status, message, field, HttpHeaders.EMPTY);
    }

    private ResponseEntity<ApiError> answer(
            HttpServletRequest request,
            Exception e,
            HttpStatusCode status,
            String message,
            String field,
            HttpHeaders headers)
            throws Exception {
        if (!isApi(request)) {
            throw e;
        }
        // The type is set explicitly, so the error is JSON even when the client asked for another.
        return ResponseEntity.status(status)
                .headers(headers)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(ApiError.codeFor(status), message, field));
    }

    private String wrongValueMessage(HttpServletRequest request, String field, Class<?> type) {
        if (type != null && type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return messages.get(request, "officials.error.unknown-value", field, allowed);
        }
        return messages.get(request, "officials.error.wrong-value", field);
    }

    private static boolean isApi(HttpServletRequest request) {
        return ApiPaths.isApi(request, request.getRequestURI());
    }

    /** {@code startsAt}, {@code neighbourhoods[1]}: the JSON path of the value at fault. */
    private static String fieldOf(JacksonException e) {
        List<JacksonException.Reference> path = e.getPath();
        if (path.isEmpty()) {
            return null;
        }
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? null : field.toString();
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
