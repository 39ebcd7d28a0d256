package vn.nghedan.officials.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.nghedan.officials.api.ApiSecurityErrors;

/**
 * API writes (POST, PUT, PATCH, DELETE) carry {@code Content-Type: application/json} or they are
 * refused with 415 before any credential is looked at (a step with no body and no type passes). A browser sends a cross-site form or a
 * simple fetch only with a form, multipart or plain-text type (or none); a JSON type would need a
 * CORS preflight this API never grants. So a page elsewhere cannot make an official's browser
 * write through the API with credentials it cached.
 *
 * <p>Not a bean: a Filter bean would also be registered for every request outside security.
 */
final class JsonWritesOnly extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ApiSecurityErrors errors;

    JsonWritesOnly(ApiSecurityErrors errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (WRITES.contains(request.getMethod()) && !isJson(request.getContentType()) && !bodiless(request)) {
            errors.refuse(
                    request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "officials.error.unsupported_media_type");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A step without a body and without a type ({@code curl -X POST …/held}) carries nothing a
     * forged form could have written, and the API never sends the Basic challenge that would make
     * a browser keep credentials for it: let it through, so a script needs no made-up type.
     */
    static boolean bodiless(HttpServletRequest request) {
        return request.getContentType() == null
                && request.getContentLengthLong() <= 0
                && request.getHeader("Transfer-Encoding") == null;
    }

    /** {@code application/json} or {@code application/…+json}, any charset; never a wildcard. */
    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return "application".equals(type.getType())
                    && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
