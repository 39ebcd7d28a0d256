package vn.nghedan.notification;

import java.util.Locale;

/** What a planned message is about; the planned-message counter is tagged with it. */
enum NoticeKind {
    ANNOUNCEMENT,
    REMINDER,
    VENUE,
    SESSION_CHANGED,
    SESSION_CANCELLED,
    AGENDA_ITEM,
    ACCEPTED,
    REJECTED,
    REFERRED,
    MERGED,
    ANSWERED,
    OFFICIALS_AGENDA,
    RESULTS_NUDGE;

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
