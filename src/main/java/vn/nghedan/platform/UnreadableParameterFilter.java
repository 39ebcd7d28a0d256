package vn.nghedan.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query whose percent-escapes are not UTF-8, such as {@code ?q=%E2}: Tomcat refuses
 * to decode it at the first {@code getParameter}, deep inside whichever code asks, and that
 * surfaced as a 500 with a stack trace in the log. Checking the query here first turns it into
 * the 400 of any other bad input, naming the parameter: JSON under {@code /api}, a short
 * Vietnamese page elsewhere (a resident who followed a broken link).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnreadableParameterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The query only: reading the parameters here would also read a form's body (a multipart
        // upload among them) before Spring's own handling of it.
        Optional<String> unreadable = undecodable(request.getQueryString());
        if (unreadable.isPresent()) {
            PlainErrors.write(request, response, HttpServletResponse.SC_BAD_REQUEST, unreadable.get());
            return;
        }
        chain.doFilter(request, response);
    }

    /** The first query parameter whose name or value is not UTF-8 once unescaped. */
    static Optional<String> undecodable(String query) {
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (!decodes(pair)) {
                return Optional.of(decodes(name) ? unescape(name) : "query");
            }
        }
        return Optional.empty();
    }

    private static boolean decodes(String escaped) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes(escaped)));
            return true;
        } catch (CharacterCodingException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String unescape(String escaped) {
        return new String(bytes(escaped), StandardCharsets.UTF_8);
    }

    /**
     * The bytes a percent-escaped text stands for ({@code +} is a space, as in forms).
     *
     * @throws IllegalArgumentException for an escape that is not {@code %} and two hex digits
     */
    private static byte[] bytes(String escaped) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '%') {
                // Tomcat refuses a lone or non-hex escape ("50%", "%zz") just as it refuses bad UTF-8.
                if (i + 2 >= escaped.length()
                        || Character.digit(escaped.charAt(i + 1), 16) < 0
                        || Character.digit(escaped.charAt(i + 2), 16) < 0) {
                    throw new IllegalArgumentException("not an escape at " + i);
                }
                out.write(Integer.parseInt(escaped.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c == '+') {
                out.write(' ');
            } else {
                byte[] plain = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(plain, 0, plain.length);
            }
        }
        return out.toByteArray();
    }
}
