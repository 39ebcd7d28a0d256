package vn.nghedan.notification;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import vn.nghedan.platform.InvalidInputException;
import vn.nghedan.platform.Ward;

/** A nightly window (ward time) in which non-urgent messages wait for morning; may span midnight. */
public record QuietHours(LocalTime start, LocalTime end) {

    public static final QuietHours NONE = new QuietHours(null, null);

    /** Parses {@code 21:00-06:30}; blank means none. */
    public static QuietHours parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String[] parts = text.strip().split("-");
        try {
            if (parts.length != 2) {
                throw new IllegalArgumentException();
            }
            return new QuietHours(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
        } catch (RuntimeException e) {
            throw new InvalidInputException("NGHEDAN_QUIET_HOURS", "expected HH:mm-HH:mm, got '" + text + "'");
        }
    }

    public boolean isQuiet(Instant at) {
        if (start == null || start.equals(end)) {
            return false;
        }
        LocalTime t = at.atZone(Ward.ZONE).toLocalTime();
        return start.isBefore(end) ? !t.isBefore(start) && t.isBefore(end) : !t.isBefore(start) || t.isBefore(end);
    }

    /** The first moment at or after {@code at} outside the window. */
    public Instant nextAllowed(Instant at) {
        if (!isQuiet(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(Ward.ZONE);
        ZonedDateTime morning = local.with(end).withSecond(0).withNano(0);
        if (!morning.isAfter(local)) {
            morning = morning.plusDays(1);
        }
        return morning.toInstant();
    }
}
