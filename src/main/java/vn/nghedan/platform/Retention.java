package vn.nghedan.platform;

import java.time.Duration;
import org.springframework.boot.convert.DurationStyle;

/**
 * How long processed raw updates and sent message payloads are kept ({@code NGHEDAN_RETENTION},
 * "30d" by default; "12h", "PT36H" work too). The data notice promises it to residents.
 */
public final class Retention {

    public static final String PROPERTY = "${nghedan.retention:30d}";
    /** When the purge runs: every night at 03:17 ward time. */
    public static final String CRON = "${nghedan.retention-cron:0 17 3 * * *}";

    private Retention() {}

    public static Duration parse(String setting) {
        Duration d = DurationStyle.detectAndParse(setting.strip());
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("NGHEDAN_RETENTION must be positive: " + setting);
        }
        return d;
    }
}
