package vn.nghedan.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * NGHEDAN_REMINDERS_BEFORE. Read once at start, so a value that cannot be parsed stops the
 * application with the reason instead of silently sending no reminders.
 */
@ConfigurationProperties("nghedan.reminders")
record ReminderProperties(String before) {

    ReminderProperties {
        before = before == null ? "7d,1d,2h" : before;
        ReminderOffsets.parse(before);
    }

    ReminderOffsets offsets() {
        return ReminderOffsets.parse(before);
    }
}
