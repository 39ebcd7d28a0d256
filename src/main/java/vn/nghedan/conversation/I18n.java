package vn.nghedan.conversation;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Texts from the message bundles: Vietnamese by default, English for those who chose it. */
@Component
public class I18n {

    public static final Locale VI = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    I18n(MessageSource messages) {
        this.messages = messages;
    }

    public static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : VI;
    }

    public String t(String language, String key, Object... args) {
        return messages.getMessage(key, args, locale(language));
    }
}
