package vn.nghedan.officials.console;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.nghedan.agenda.AgendaAdjustments;
import vn.nghedan.agenda.AgendaOverrides;
import vn.nghedan.platform.DbTime;
import vn.nghedan.session.Sessions;

/**
 * Where the console keeps officials' edits to an agenda (table {@code agenda_override}), and
 * what the agenda module reads back when it compiles: summaries, topics, order, and whether the
 * session's agenda is locked for printing.
 */
@Component
class ConsoleAgendaAdjustments implements AgendaAdjustments {

    private final JdbcClient jdbc;
    private final Sessions sessions;
    private final Clock clock;

    ConsoleAgendaAdjustments(JdbcClient jdbc, Sessions sessions, Clock clock) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public AgendaOverrides forSession(long sessionId) {
        Map<Long, String> summaries = new HashMap<>();
        Map<Long, Integer> topics = new HashMap<>();
        List<Long> order = jdbc.sql("SELECT primary_number FROM agenda_override WHERE session_id = ?"
                        + " AND position IS NOT NULL ORDER BY position")
                .param(sessionId)
                .query(Long.class)
                .list();
        jdbc.sql("SELECT primary_number, summary, topic FROM agenda_override WHERE session_id = ?")
                .param(sessionId)
                .query(rs -> {
                    long primary = rs.getLong(1);
                    String summary = rs.getString(2);
                    int topic = rs.getInt(3);
                    if (summary != null) {
                        summaries.put(primary, summary);
                    }
                    if (!rs.wasNull()) {
                        topics.put(primary, topic);
                    }
                });
        boolean locked =
                sessions.find(sessionId).map(s -> s.getAgendaLockedAt() != null).orElse(false);
        return new AgendaOverrides(summaries, topics, order, locked);
    }

    /** A reworded summary; null goes back to the submission's own text. */
    @Transactional
    void summary(long sessionId, long primary, String summary, String actor) {
        ensureRow(sessionId, primary, actor);
        jdbc.sql("UPDATE agenda_override SET summary = ? WHERE session_id = ? AND primary_number = ?")
                .params(summary, sessionId, primary)
                .update();
    }

    /** The topic the item is listed under; null goes back to the submission's own. */
    @Transactional
    void topic(long sessionId, long primary, Integer topic, String actor) {
        ensureRow(sessionId, primary, actor);
        jdbc.sql("UPDATE agenda_override SET topic = ? WHERE session_id = ? AND primary_number = ?")
                .params(topic, sessionId, primary)
                .update();
    }

    /** The whole agenda's order, item by item: what is not listed follows by support and age. */
    @Transactional
    void order(long sessionId, List<Long> primaries, String actor) {
        jdbc.sql("UPDATE agenda_override SET position = NULL WHERE session_id = ?")
                .param(sessionId)
                .update();
        for (int i = 0; i < primaries.size(); i++) {
            ensureRow(sessionId, primaries.get(i), actor);
            jdbc.sql("UPDATE agenda_override SET position = ? WHERE session_id = ? AND primary_number = ?")
                    .params(i, sessionId, primaries.get(i))
                    .update();
        }
    }

    private void ensureRow(long sessionId, long primary, String actor) {
        DbTime.Param now = DbTime.of(clock.instant());
        jdbc.sql("INSERT INTO agenda_override (session_id, primary_number, updated_at, updated_by) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (session_id, primary_number) DO UPDATE SET updated_at = excluded.updated_at,"
                        + " updated_by = excluded.updated_by")
                .params(sessionId, primary, now, actor)
                .update();
    }
}
