package vn.nghedan.officials.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import vn.nghedan.platform.ApiPaths;

/**
 * Errors that never reached a controller but were forwarded to {@code /error} (an address the
 * security firewall refuses, such as {@code /api/sessions/1;x} or {@code /api/x/%2e%2e/}): under
 * {@code /api} and the webhooks ({@link ApiPaths}) they answer the API's own body {@code {error,
 * message}} instead of Spring Boot's {@code {timestamp, status, error, path}}. Other paths keep
 * Spring Boot's attributes.
 */
@Component
class ApiErrorAttributes extends DefaultErrorAttributes {

    private final ApiMessages messages;

    ApiErrorAttributes(ApiMessages messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
        Object path = webRequest.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
        HttpServletRequest request = webRequest instanceof NativeWebRequest nativeRequest
                ? nativeRequest.getNativeRequest(HttpServletRequest.class)
                : null;
        if (request == null || !(path instanceof String uri) || !ApiPaths.isApi(request, uri)) {
            return super.getErrorAttributes(webRequest, options);
        }
        Object code = webRequest.getAttribute(RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        String error = ApiError.codeFor(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put(
                "message",
                messages.getOrDefault(
                        request, "officials.error." + error, messages.get(request, "officials.error.bad_request")));
        return body;
    }
}
