package vn.nghedan.notification;

import java.util.Locale;

/**
 * What a planned message is about, and so its lane; the planned-message counter is tagged with
 * it. What a session sends to its neighbourhoods is a broadcast; what concerns one person's own
 * submission, or one official's work, is their own matter.
 */
enum NoticeKind {
    ANNOUNCEMENT(Lane.BROADCAST),
    REMINDER(Lane.BROADCAST),
    VENUE(Lane.BROADCAST),
    SESSION_CHANGED(Lane.BROADCAST),
    SESSION_CANCELLED(Lane.BROADCAST),
    AGENDA_ITEM(Lane.OWN_MATTER),
    ACCEPTED(Lane.OWN_MATTER),
    REJECTED(Lane.OWN_MATTER),
    REFERRED(Lane.OWN_MATTER),
    MERGED(Lane.OWN_MATTER),
    ANSWERED(Lane.OWN_MATTER),
    OFFICIALS_AGENDA(Lane.OWN_MATTER),
    RESULTS_NUDGE(Lane.OWN_MATTER),
    /** The ward was renamed or the khóm moved into another ward. */
    WARD_CHANGED(Lane.BROADCAST);

    private final Lane lane;

    NoticeKind(Lane lane) {
        this.lane = lane;
    }

    Lane lane() {
        return lane;
    }

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
