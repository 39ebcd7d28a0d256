package vn.nghedan.notification;

import java.time.LocalDate;

/**
 * The dedup keys of planned messages. A key names the cause and the person, so planning the same
 * thing twice writes one row. Keys about a session carry the session's version: when the session
 * changes, what an older version planned and did not send yet is dropped by prefix, and the new
 * plan cannot collide with it.
 *
 * <pre>
 * s:12:v3:r:34:announce          s:12:v3:r:34:remind:1d       s:12:v3:r:34:remind:1d:venue
 * s:12:v3:r:34:changed           s:12:cancelled:r:34          s:12:v3:agenda:n:42
 * s:12:v3:officials:c:9001       s:12:nudge:c:9001:2026-12-20 n:42:v5:answered:r:34
 * </pre>
 */
final class NoticeKeys {

    static final String ANNOUNCE = "announce";
    static final String CHANGED = "changed";

    private NoticeKeys() {}

    /** Every key planned for any version of the session (not the cancellation notices). */
    static String allVersions(long sessionId) {
        return "s:" + sessionId + ":v";
    }

    static String version(long sessionId, int version) {
        return allVersions(sessionId) + version + ":";
    }

    static String toResident(long sessionId, int version, long residentId, String what) {
        return version(sessionId, version) + "r:" + residentId + ":" + what;
    }

    static String reminder(long sessionId, int version, long residentId, String offsetLabel) {
        return toResident(sessionId, version, residentId, "remind:" + offsetLabel);
    }

    static String cancelled(long sessionId, long residentId) {
        return "s:" + sessionId + ":cancelled:r:" + residentId;
    }

    static String agendaItem(long sessionId, int version, long submissionNumber) {
        return version(sessionId, version) + "agenda:n:" + submissionNumber;
    }

    static String officialsAgenda(long sessionId, int version, long chatId) {
        return version(sessionId, version) + "officials:c:" + chatId;
    }

    static String nudges(long sessionId) {
        return "s:" + sessionId + ":nudge:";
    }

    static String nudge(long sessionId, long chatId, LocalDate day) {
        return nudges(sessionId) + "c:" + chatId + ":" + day;
    }

    /**
     * LIKE pattern of the sessions' broadcasts to residents: announcements, reminders, changes,
     * cancellations (not news about their items, not what officials get).
     */
    static final String SESSION_BROADCASTS = "s:%:r:%";

    static String aboutSubmission(long number, int version, String what, long residentId) {
        return "n:" + number + ":v" + version + ":" + what + ":r:" + residentId;
    }
}
