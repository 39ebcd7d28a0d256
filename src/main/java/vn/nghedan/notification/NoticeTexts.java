package vn.nghedan.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.nghedan.platform.Ward;
import vn.nghedan.resident.Resident;

/**
 * The texts of {@code i18n/notifications*.properties} in a person's language, and times as the
 * ward reads them: {@code 08:00 thứ Năm, 10/12/2026} in ward time whatever the server's zone.
 */
@Component
class NoticeTexts {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    private final MessageSource messages;

    NoticeTexts(MessageSource messages) {
        this.messages = messages;
    }

    static Locale localeOf(Resident resident) {
        return localeOf(resident.getLanguage());
    }

    static Locale localeOf(String language) {
        return "en".equals(language) ? Locale.ENGLISH : VIETNAMESE;
    }

    /**
     * A text with its arguments. Arguments are passed as strings so that numbers such as a
     * submission's {@code #1042} are never shown with a thousands separator.
     */
    String get(Locale locale, String key, Object... args) {
        Object[] strings = Arrays.stream(args).map(String::valueOf).toArray();
        return messages.getMessage(key, strings, locale);
    }

    /** {@code 08:00 thứ Năm, 10/12/2026}. */
    String when(Instant instant, Locale locale) {
        ZonedDateTime at = instant.atZone(Ward.ZONE);
        return get(
                locale,
                "time.when",
                TIME.format(at),
                get(locale, "time.day." + at.getDayOfWeek().getValue()),
                DATE.format(at));
    }

    /** {@code 10/12/2026}. */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** {@code 10/12}. */
    static String dayMonth(LocalDate date) {
        return DAY_MONTH.format(date);
    }
}
