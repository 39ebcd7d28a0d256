package vn.nghedan.officials.console;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import vn.nghedan.platform.InvalidInputException;
import vn.nghedan.submission.IllegalTransitionException;

/** The console's texts in the language of the request being answered (made by {@link ConsoleWebConfiguration}). */
class ConsoleTexts {

    private final MessageSource messages;

    ConsoleTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** Never fails for want of a text: the key stands in. */
    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    /** The messages of a refused form by field, for pages where several forms share field names. */
    Map<String, String> byField(Errors errors) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (FieldError e : errors.getFieldErrors()) {
            messages.putIfAbsent(e.getField(), this.messages.getMessage(e, LocaleContextHolder.getLocale()));
        }
        return messages;
    }

    /** Said in the official's language where the refusal has a message key, else as it is. */
    String invalidInput(InvalidInputException e) {
        return e.messageKey() != null
                ? messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), LocaleContextHolder.getLocale())
                : e.getMessage();
    }

    String transition(IllegalTransitionException e) {
        return e.current() == null
                ? get("console.error.step-not-allowed-here")
                : get("console.error.step-not-allowed", get("console.status." + e.current()));
    }
}
