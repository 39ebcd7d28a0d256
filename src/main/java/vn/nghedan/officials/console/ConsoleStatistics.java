package vn.nghedan.officials.console;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.platform.DbTime;
import vn.nghedan.platform.Ward;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Status;
import vn.nghedan.submission.Topic;

/**
 * The dashboard's counts, the way the ward's reports count (DESIGN.md): by status, topic,
 * neighbourhood and channel, per week, and the resolution rate answered / all. A head counts
 * only their own neighbourhoods. Read-only GROUP BY queries on the submission table: the
 * submission module has no counting API, and loading every submission to count it would not do.
 */
@Service
class ConsoleStatistics {

    static final int WEEKS = 12;

    private final JdbcClient jdbc;
    private final Neighbourhoods neighbourhoods;
    private final Clock clock;

    ConsoleStatistics(JdbcClient jdbc, Neighbourhoods neighbourhoods, Clock clock) {
        this.jdbc = jdbc;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
    }

    /** @param byNeighbourhood counts keyed by the neighbourhood, in the ward's configured order */
    record Overview(
            long total,
            Map<Status, Long> byStatus,
            Map<Integer, Long> byTopic,
            Map<Neighbourhood, Long> byNeighbourhood,
            Map<Channel, Long> byChannel,
            ConsoleWeeklyChart weekly) {

        public long answered() {
            return byStatus.getOrDefault(Status.ANSWERED, 0L);
        }

        /** Answered / all, in whole percent; 0 when there is nothing yet. */
        public long resolutionPercent() {
            return total == 0 ? 0 : Math.round(100.0 * answered() / total);
        }
    }

    Overview overview(OfficialUser reader) {
        Scope scope = Scope.of(reader.visibleAmong(null));
        Map<Status, Long> byStatus = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            byStatus.put(s, 0L);
        }
        count(scope, "status").forEach((key, n) -> byStatus.put(Status.valueOf(key), n));

        Map<Integer, Long> byTopic = new TreeMap<>();
        for (int t = Topic.FIRST; t <= Topic.LAST; t++) {
            byTopic.put(t, 0L);
        }
        count(scope, "topic").forEach((key, n) -> byTopic.put(Integer.valueOf(key), n));

        Map<String, Long> byCode = count(scope, "neighbourhood_code");
        Map<Neighbourhood, Long> byNeighbourhood = new LinkedHashMap<>();
        for (Neighbourhood n : neighbourhoods.all()) {
            if (reader.sees(n.code())) {
                byNeighbourhood.put(n, byCode.getOrDefault(n.code(), 0L));
            }
        }

        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            byChannel.put(c, 0L);
        }
        count(scope, "channel").forEach((key, n) -> byChannel.put(Channel.valueOf(key), n));

        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new Overview(total, byStatus, byTopic, byNeighbourhood, byChannel, weekly(scope));
    }

    /** The last {@link #WEEKS} weeks, Monday to Sunday in the ward's time, this week included. */
    private ConsoleWeeklyChart weekly(Scope scope) {
        LocalDate thisMonday = LocalDate.ofInstant(clock.instant(), Ward.ZONE)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = thisMonday.minusWeeks(WEEKS - 1L);
        Map<LocalDate, Long> counts = new TreeMap<>();
        for (int w = 0; w < WEEKS; w++) {
            counts.put(firstMonday.plusWeeks(w), 0L);
        }
        if (!scope.nothing()) {
            Instant from = firstMonday.atStartOfDay(Ward.ZONE).toInstant();
            List<Instant> times = jdbc.sql("SELECT created_at FROM submission WHERE created_at >= :from" + scope.and())
                    .param("from", DbTime.of(from))
                    .params(scope.params())
                    .query((rs, i) -> DbTime.read(rs, 1))
                    .list();
            for (Instant time : times) {
                LocalDate monday =
                        LocalDate.ofInstant(time, Ward.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                counts.computeIfPresent(monday, (week, n) -> n + 1);
            }
        }
        return ConsoleWeeklyChart.of(counts);
    }

    /** Counts grouped by one of our own column names (never by user input). */
    private Map<String, Long> count(Scope scope, String column) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (scope.nothing()) {
            return counts;
        }
        jdbc.sql("SELECT " + column + ", COUNT(*) FROM submission WHERE 1 = 1" + scope.and() + " GROUP BY " + column)
                .params(scope.params())
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** The neighbourhoods counted: null for the whole ward, else these codes (maybe none). */
    private record Scope(Collection<String> codes) {

        static Scope of(Collection<String> codes) {
            return new Scope(codes);
        }

        boolean nothing() {
            return codes != null && codes.isEmpty();
        }

        String and() {
            return codes == null ? "" : " AND neighbourhood_code IN (:codes)";
        }

        Map<String, Object> params() {
            return codes == null ? Map.of() : Map.of("codes", codes);
        }
    }
}
