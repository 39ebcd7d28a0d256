package vn.nghedan.officials.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The body of every API error: a stable code for programs, a message for people, and the field
 * at fault when one is. Never a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiError(String error, String message, String field) {

    /** {@code bad_request}, {@code not_found}, {@code conflict} …; {@code internal_error} for any 5xx. */
    static String codeFor(HttpStatusCode status) {
        if (status.is5xxServerError() && status.value() != 503) {
            return "internal_error";
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "http_" + status.value() : known.name().toLowerCase(Locale.ROOT);
    }
}
