package vn.nghedan.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long before a session the reminders go out: {@code 7d,1d,2h} (units d, h, m; a value may
 * combine them, as in {@code 1d12h}). Kept largest first, so the last one due is the nearest to
 * the start.
 */
record ReminderOffsets(List<Offset> all) {

    /** One offset; its label ({@code 1d}) is part of the reminder's dedup key. */
    record Offset(String label, Duration before) {}

    private static final Pattern VALUE = Pattern.compile("(?:\\d{1,5}[dhm])+");
    private static final Pattern PART = Pattern.compile("(\\d{1,5})([dhm])");

    ReminderOffsets {
        all = List.copyOf(all);
    }

    /** Parses the setting; blank means no reminders. Anything else unreadable is refused. */
    static ReminderOffsets parse(String text) {
        List<Offset> offsets = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new ReminderOffsets(offsets);
        }
        for (String raw : text.split(",")) {
            String value = raw.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
            if (!VALUE.matcher(value).matches()) {
                throw refused(text, "'" + raw.strip() + "' is not an offset");
            }
            Duration before = Duration.ZERO;
            Matcher part = PART.matcher(value);
            while (part.find()) {
                long n = Long.parseLong(part.group(1));
                before = before.plus(
                        switch (part.group(2)) {
                            case "d" -> Duration.ofDays(n);
                            case "h" -> Duration.ofHours(n);
                            default -> Duration.ofMinutes(n);
                        });
            }
            if (before.isZero()) {
                throw refused(text, "'" + raw.strip() + "' is zero; a reminder must come before the session");
            }
            Duration same = before;
            if (offsets.stream().noneMatch(o -> o.before().equals(same))) {
                offsets.add(new Offset(value, before));
            }
        }
        offsets.sort(Comparator.comparing(Offset::before).reversed());
        return new ReminderOffsets(offsets);
    }

    private static IllegalArgumentException refused(String text, String why) {
        return new IllegalArgumentException("nghedan.reminders.before (NGHEDAN_REMINDERS_BEFORE) = '" + text + "': "
                + why + "; expected offsets such as 7d,1d,2h (units d, h, m)");
    }
}
