package vn.nghedan.notification;

import java.util.HashSet;
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
        jdbc.sql("SELECT dedup_key FROM outbox WHERE status = 'SENT' AND dedup_key LIKE :prefix")
                .param("prefix", NoticeKeys.allVersions(sessionId) + "%")
                .query(String.class)
                .list()
                .forEach(key -> {
                    Matcher m = TOLD.matcher(key);
                    if (m.matches() && Integer.parseInt(m.group(1)) < beforeVersion) {
                        told.add(Long.parseLong(m.group(2)));
                    }
                });
        return told;
    }
}
