package vn.nghedan.officials.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.nghedan.officials.security.LoginThrottledException;

/**
 * 401, 403 and 429 for programs: the API's JSON error body instead of a login page or an empty
 * answer. No {@code WWW-Authenticate: Basic} challenge: a browser that saw one would ask for a
 * password, cache it and send it with every later request to this host — forged cross-site ones
 * included.
 *
 * <p>Public because {@code security} and the tests of {@code console} use it.
 */
@Component
public class ApiSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ApiMessages messages;
    private final JsonMapper json;
    private final Clock clock;

    ApiSecurityErrors(ApiMessages messages, JsonMapper json, Clock clock) {
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException throttled) {
            long seconds = Math.max(
                    1, Duration.between(clock.instant(), throttled.until()).toSeconds());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            write(response, HttpStatus.TOO_MANY_REQUESTS, messages.get(request, "officials.error.too_many_requests"));
            return;
        }
        write(response, HttpStatus.UNAUTHORIZED, messages.get(request, "officials.error.unauthorized"));
    }

    /** Any other refusal of the API's filters, in the caller's language. */
    public void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
            throws IOException {
        write(response, status, messages.get(request, messageKey));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, messages.get(request, "officials.error.forbidden"));
    }

    private void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(new ApiError(ApiError.codeFor(status), message, null)));
    }
}
