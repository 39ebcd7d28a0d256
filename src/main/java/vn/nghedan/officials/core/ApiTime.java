package vn.nghedan.officials.core;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import vn.nghedan.platform.Ward;

/**
 * Times in the API: read only with an explicit offset ({@code 2026-12-10T08:00:00+07:00} or
 * {@code …Z}), because a bare local time is ambiguous between the ward's clock and the caller's;
 * written in the ward's zone, so officials read the hour they know.
 *
 * <p>Public because {@code api}, {@code console} use it.
 */
public final class ApiTime {

    private ApiTime() {}

    /** The instant of an ISO-8601 time with offset; null when the value is absent. */
    public static Instant parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new LocalizedInvalidInput(
                    field, isLocalTime(value) ? "officials.error.time-without-offset" : "officials.error.time-invalid");
        }
    }

    public static OffsetDateTime format(Instant instant) {
        return instant == null ? null : instant.atZone(Ward.ZONE).toOffsetDateTime();
    }

    private static boolean isLocalTime(String value) {
        try {
            LocalDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
