package vn.nghedan.residentweb;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.nghedan.submission.Submissions;

/** The page's and the public API's texts, in the request's language (i18n/residentweb). */
@Component
class WebMessages {

    private final MessageSource source;

    WebMessages(MessageSource source) {
        this.source = source;
    }

    String text(String key, Object... arguments) {
        return source.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    /** A refusal in the resident's words: {@code web.invalid.<field>}, {@code text-long} for a long text. */
    String invalid(vn.nghedan.platform.InvalidInputException e) {
        if (e.messageKey() != null && e.messageKey().startsWith("web.")) {
            return text(e.messageKey());
        }
        if (e.messageKey() != null && e.messageKey().endsWith("text-long")) {
            return text("web.invalid.text-long", Submissions.MAX_TEXT);
        }
        return text("web.invalid." + e.field());
    }
}
