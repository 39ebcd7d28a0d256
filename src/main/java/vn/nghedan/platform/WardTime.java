package vn.nghedan.platform;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as people in the ward read them: ward zone, 24-hour clock, day/month/year. */
public final class WardTime {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter VI_FULL = DateTimeFormatter.ofPattern("HH:mm EEEE, dd/MM/yyyy", VI);
    private static final DateTimeFormatter EN_FULL =
            DateTimeFormatter.ofPattern("HH:mm EEEE, dd/MM/yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private WardTime() {}

    /** {@code 08:00 Thứ Năm, 10/12/2026}. */
    public static String full(Instant at, Locale locale) {
        DateTimeFormatter f = "en".equals(locale.getLanguage()) ? EN_FULL : VI_FULL;
        return f.format(at.atZone(Ward.ZONE));
    }

    /** {@code 08:00 10/12/2026}. */
    public static String of(Instant at) {
        return SHORT.format(at.atZone(Ward.ZONE));
    }

    /** {@code 10/12/2026}. */
    public static String date(Instant at) {
        return DATE.format(at.atZone(Ward.ZONE));
    }
}
