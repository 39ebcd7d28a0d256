package vn.nghedan.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.nghedan.platform.DbTime;
import vn.nghedan.platform.Ward;

/**
 * How the bot's outgoing messages fare: outbox rows by status, the latest that failed or were
 * dropped with Telegram's reason, and whether sending is paused by a 429: the notification module's
 * answer to the console's "how is sending going?".
 */
@Service
public class OutboxReport {

    public static final int PROBLEMS_SHOWN = 20;
    /** Shown first and always, even at zero, in this order. */
    private static final List<String> STATUSES = List.of("PENDING", "SENT", "FAILED", "DROPPED");

    private final JdbcClient jdbc;
    private final ObjectProvider<OutboxRelay> relay;

    OutboxReport(JdbcClient jdbc, ObjectProvider<OutboxRelay> relay) {
        this.jdbc = jdbc;
        this.relay = relay;
    }

    /** A failed or dropped message; its text is not shown (it may hold a resident's words). */
    public record Problem(long id, String kind, String status, int attempts, String error, OffsetDateTime createdAt) {}

    public record Report(Map<String, Long> byStatus, List<Problem> problems, boolean paused) {}

    public Report report() {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        STATUSES.forEach(s -> byStatus.put(s, 0L));
        jdbc.sql("SELECT status, COUNT(*) FROM outbox GROUP BY status")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .forEach(e -> byStatus.put(e.getKey(), e.getValue()));
        List<Problem> problems = jdbc.sql("SELECT id, kind, status, attempts, last_error, created_at FROM outbox"
                        + " WHERE status IN ('FAILED', 'DROPPED') ORDER BY id DESC LIMIT " + PROBLEMS_SHOWN)
                .query((rs, i) -> new Problem(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        inWardTime(DbTime.read(rs, 6))))
                .list();
        OutboxRelay sender = relay.getIfAvailable();
        return new Report(byStatus, problems, sender != null && sender.isPaused());
    }

    private static OffsetDateTime inWardTime(Instant at) {
        return at == null ? null : at.atZone(Ward.ZONE).toOffsetDateTime();
    }
}
