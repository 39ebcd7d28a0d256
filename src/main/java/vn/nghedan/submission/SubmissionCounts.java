package vn.nghedan.submission;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.nghedan.platform.DbTime;

/**
 * Counts for comparing khóm and wards (the province's dashboard): one GROUP BY over the
 * submissions, never loading them.
 */
@Service
public class SubmissionCounts {

    private final JdbcClient jdbc;

    SubmissionCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A khóm's submissions.
     *
     * @param answered answered by the ward (the resolution rate is answered / total, as in the ward's reports)
     * @param overdue still open although the session they were taken up at started more than the
     *     10 days the law gives for its results
     * @param telegram filed through the Telegram bot; {@code zalo} through the Zalo OA, {@code web} on the
     *     resident web page; the rest typed in by the office
     */
    public record KhomCounts(long total, long answered, long overdue, long telegram, long zalo, long web) {

        public KhomCounts plus(KhomCounts o) {
            return new KhomCounts(
                    total + o.total,
                    answered + o.answered,
                    overdue + o.overdue,
                    telegram + o.telegram,
                    zalo + o.zalo,
                    web + o.web);
        }

        public static final KhomCounts NONE = new KhomCounts(0, 0, 0, 0, 0, 0);
    }

    /**
     * Every khóm's counts, keyed by the khóm's key; khóm with nothing filed are absent.
     *
     * @param sessionsPastDeadline the sessions whose results were due by now: an open submission
     *     taken up at one of them is overdue
     */
    public Map<String, KhomCounts> byNeighbourhood(Set<Long> sessionsPastDeadline) {
        Map<String, KhomCounts> counts = new LinkedHashMap<>();
        // Grouped by what the index holds (no join, no per-row CASE): a thousand khóm give a few
        // thousand groups, summed here.
        jdbc.sql("SELECT neighbourhood_code, status, channel, session_id, COUNT(*) FROM submission"
                        + " GROUP BY neighbourhood_code, status, channel, session_id")
                .query(rs -> {
                    String khom = rs.getString(1);
                    Status status = Status.valueOf(rs.getString(2));
                    String channel = rs.getString(3);
                    long session = rs.getLong(4);
                    boolean inSession = !rs.wasNull();
                    long n = rs.getLong(5);
                    KhomCounts add = new KhomCounts(
                            n,
                            status == Status.ANSWERED ? n : 0,
                            status.isOpen() && inSession && sessionsPastDeadline.contains(session) ? n : 0,
                            "BOT".equals(channel) ? n : 0,
                            "ZALO".equals(channel) ? n : 0,
                            "WEB".equals(channel) ? n : 0);
                    counts.merge(khom, add, KhomCounts::plus);
                });
        return counts;
    }

    /** What submissions may be counted by (a column of ours, never user input). */
    public enum Dimension {
        STATUS("status"),
        TOPIC("topic"),
        NEIGHBOURHOOD("neighbourhood_code"),
        CHANNEL("channel");

        private final String column;

        Dimension(String column) {
            this.column = column;
        }
    }

    /**
     * Submissions counted by one dimension, among these khóm: {@code null} for every khóm, an
     * empty collection for none (then nothing is counted).
     */
    public Map<String, Long> countBy(Dimension dimension, Collection<String> neighbourhoodCodes) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (neighbourhoodCodes != null && neighbourhoodCodes.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT " + dimension.column + ", COUNT(*) FROM submission WHERE 1 = 1" + among(neighbourhoodCodes)
                        + " GROUP BY " + dimension.column)
                .params(params(neighbourhoodCodes))
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** When each submission among these khóm ({@code null}: all) was filed, from {@code from} on. */
    public List<Instant> filedSince(Instant from, Collection<String> neighbourhoodCodes) {
        if (neighbourhoodCodes != null && neighbourhoodCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT created_at FROM submission WHERE created_at >= :from" + among(neighbourhoodCodes))
                .param("from", DbTime.of(from))
                .params(params(neighbourhoodCodes))
                .query((rs, i) -> DbTime.read(rs, 1))
                .list();
    }

    private static String among(Collection<String> codes) {
        return codes == null ? "" : " AND neighbourhood_code IN (:codes)";
    }

    private static Map<String, Object> params(Collection<String> codes) {
        return codes == null ? Map.of() : Map.of("codes", codes);
    }
}
