package vn.nghedan.officials.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The API's texts in the caller's language. Resolves the locale itself, because the security
 * filters answer 401/403 before Spring MVC has set up the request's locale.
 *
 * <p>Public because the tests of {@code console} use it.
 */
@Component
public class ApiMessages {

    private final MessageSource messages;
    private final LocaleResolver locales;

    ApiMessages(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /** Never fails: an error answer must not itself fail for want of a text (the key stands in). */
    String get(HttpServletRequest request, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locales.resolveLocale(request));
    }

    String getOrDefault(HttpServletRequest request, String key, String defaultMessage, Object... arguments) {
        return messages.getMessage(key, arguments, defaultMessage, locales.resolveLocale(request));
    }
}
