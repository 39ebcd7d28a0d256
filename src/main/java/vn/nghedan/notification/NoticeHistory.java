package vn.nghedan.notification;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What people were actually told, read from the outbox's sent rows and their dedup keys. */
@Component
class NoticeHistory {

    private static final Pattern TOLD =
            Pattern.compile("s:\\d+:v(\\d+):r:(\\d+):(?:" + NoticeKeys.ANNOUNCE + "|" + NoticeKeys.CHANGED + ")");

    private final JdbcClient jdbc;

    NoticeHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Residents who received the announcement (or a change notice) of a version of the session
     * older than {@code beforeVersion}. Only sent rows count: an announcement that was still
     * waiting when the session changed was dropped, and that person hears of it as new.
     */
    Set<Long> residentsTold(long sessionId, int beforeVersion) {
        Set<Long> told = new HashSet<>();
        tellingKeys(NoticeKeys.allVersions(sessionId), true).forEach(key -> {
            Matcher m = TOLD.matcher(key);
            if (m.matches() && Integer.parseInt(m.group(1)) < beforeVersion) {
                told.add(Long.parseLong(m.group(2)));
            }
        });
        return told;
    }

    /**
     * Residents for whom this version of the session was planned already (the announcement or
     * change notice and the reminders are planned together), whatever became of the rows since:
     * sent, waiting, or dropped because they opted out. The hourly check plans only the others;
     * re-planning every resident of a ward each hour held the database's write lock for seconds.
     */
    Set<Long> residentsPlanned(long sessionId, int version) {
        Set<Long> planned = new HashSet<>();
        tellingKeys(NoticeKeys.version(sessionId, version), false).forEach(key -> {
            Matcher m = TOLD.matcher(key);
            if (m.matches()) {
                planned.add(Long.parseLong(m.group(2)));
            }
        });
        return planned;
    }

    /**
     * The announcement and change-notice keys with the prefix, read as a range of the keys' unique
     * index (a LIKE on the prefix would read the whole outbox, which keeps every message ever sent).
     */
    private List<String> tellingKeys(String prefix, boolean sentOnly) {
        String end = prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
        return jdbc.sql("SELECT dedup_key FROM outbox WHERE dedup_key >= :from AND dedup_key < :to"
                        + " AND (dedup_key LIKE '%:" + NoticeKeys.ANNOUNCE + "' OR dedup_key LIKE '%:"
                        + NoticeKeys.CHANGED + "')"
                        + (sentOnly ? " AND status = 'SENT'" : ""))
                .param("from", prefix)
                .param("to", end)
                .query(String.class)
                .list();
    }
}
