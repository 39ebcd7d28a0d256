package vn.nghedan.residentweb;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public JSON takes no credentials, so anyone may post to it: a filing is a few kilobytes
 * (text of 4,000 characters), but the body was read whole whatever its size — 10 MB took a 201,
 * and fifty such requests at once would fill the heap. A declared body over {@link #MAX_BYTES}
 * is refused with 413 before it is read. (Photos come through the page's form, whose multipart
 * limits apply.) Not a bean: it is added to the public chain only.
 */
final class PublicBodyLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 64 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    PublicBodyLimit(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/public/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            // The request's language, read here: the locale of MVC is not set up yet.
            String language = request.getHeader("Accept-Language");
            Locale locale =
                    language != null && language.toLowerCase(Locale.ROOT).startsWith("en")
                            ? Locale.ENGLISH
                            : Locale.forLanguageTag("vi");
            ObjectNode body = JSON.createObjectNode()
                    .put("error", "content_too_large")
                    .put("message", messages.getMessage("web.invalid.too-large", null, "Too large", locale))
                    .put("field", "body");
            response.setStatus(413);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Connection", "close");
            response.getWriter().write(body.toString());
            return;
        }
        chain.doFilter(request, response);
    }
}
