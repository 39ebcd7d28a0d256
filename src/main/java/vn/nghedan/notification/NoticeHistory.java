package vn.nghedan.notification;

import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What people were told of a session, read from the outbox's rows and their dedup keys. */
@Component
class NoticeHistory {

    private static final Pattern TOLD =
            Pattern.compile("s:\\d+:v(\\d+):r:(\\d+):(?:" + NoticeKeys.ANNOUNCE + "|" + NoticeKeys.CHANGED + ")");

    /**
     * Residents who received the announcement (or a change notice) of a version older than the
     * one asked about — only sent rows count: an announcement still waiting when the session
     * changed was dropped, and that person hears of it as new — and residents for whom the asked
     * version was planned already (its announcement or change notice and its reminders are planned
     * together), whatever became of the rows since: sent, waiting, or dropped because they opted
     * out. The hourly check plans only the others; re-planning every resident of a ward each hour
     * held the database's write lock for seconds.
     */
    record Heard(Set<Long> toldEarlier, Set<Long> plannedAlready) {}

    private final JdbcClient jdbc;

    NoticeHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One read of the session's announcement and change-notice rows, as a range of the dedup
     * keys' unique index (a LIKE on the prefix would read the whole outbox, which keeps every
     * message ever sent).
     */
    Heard of(long sessionId, int version) {
        Set<Long> told = new HashSet<>();
        Set<Long> planned = new HashSet<>();
        String prefix = NoticeKeys.allVersions(sessionId);
        String end = prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
        jdbc.sql("SELECT dedup_key, status FROM outbox WHERE dedup_key >= :from AND dedup_key < :to"
                        + " AND (dedup_key LIKE '%:" + NoticeKeys.ANNOUNCE + "' OR dedup_key LIKE '%:"
                        + NoticeKeys.CHANGED + "')")
                .param("from", prefix)
                .param("to", end)
                .query((ResultSet rs) -> {
                    Matcher m = TOLD.matcher(rs.getString(1));
                    if (m.matches()) {
                        int keyVersion = Integer.parseInt(m.group(1));
                        long residentId = Long.parseLong(m.group(2));
                        if (keyVersion < version && "SENT".equals(rs.getString(2))) {
                            told.add(residentId);
                        } else if (keyVersion == version) {
                            planned.add(residentId);
                        }
                    }
                });
        return new Heard(told, planned);
    }
}
