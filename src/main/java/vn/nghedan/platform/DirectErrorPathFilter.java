package vn.nghedan.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the servlet container forwards a failed request; asked for directly it
 * has no error to show, and Spring's error controller then answers 500 ("never a 500" for
 * people who type odd addresses). A direct request gets the 404 of any unknown path. Registered
 * for plain requests only, so the container's own error dispatches still reach the error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DirectErrorPathFilter extends OncePerRequestFilter {

    static final String ERROR_PATH = "/error";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.equals(ERROR_PATH) && !path.startsWith(ERROR_PATH + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"not_found\",\"message\":\"Không tìm thấy. (Not found.)\"}");
    }
}
