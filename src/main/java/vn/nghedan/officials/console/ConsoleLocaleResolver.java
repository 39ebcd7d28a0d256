package vn.nghedan.officials.console;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import vn.nghedan.platform.ApiPaths;

/**
 * The language of an answer. The console speaks Vietnamese whatever the browser says (offices
 * run English-language Windows too) until an official picks English with {@code ?lang=en}, which
 * a cookie then remembers. Programs calling the API or a webhook ({@link ApiPaths}) choose with
 * Accept-Language, as before.
 */
final class ConsoleLocaleResolver extends CookieLocaleResolver {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String COOKIE = "nghedan-lang";

    ConsoleLocaleResolver() {
        super(COOKIE);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieHttpOnly(true);
        setCookieSameSite("Lax");
        setDefaultLocaleFunction(ConsoleLocaleResolver::withoutCookie);
    }

    private static Locale withoutCookie(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean program = ApiPaths.isApi(path) || path.startsWith("/actuator/");
        return program && request.getHeader("Accept-Language") != null ? request.getLocale() : VIETNAMESE;
    }
}
