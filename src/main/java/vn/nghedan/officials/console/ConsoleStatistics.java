package vn.nghedan.officials.console;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.platform.Ward;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Status;
import vn.nghedan.submission.SubmissionCounts;
import vn.nghedan.submission.Topic;

/**
 * The dashboard's counts, the way the ward's reports count (DESIGN.md): by status, topic,
 * neighbourhood and channel, per week, and the resolution rate answered / all. A head counts
 * only their own neighbourhoods. Counted by the submission module's GROUP BYs: loading every
 * submission to count it would not do.
 */
@Service
class ConsoleStatistics {

    static final int WEEKS = 12;

    private final SubmissionCounts counts;
    private final Neighbourhoods neighbourhoods;
    private final Clock clock;

    ConsoleStatistics(SubmissionCounts counts, Neighbourhoods neighbourhoods, Clock clock) {
        this.counts = counts;
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
        Collection<String> scope = reader.visibleAmong(null);
        Map<Status, Long> byStatus = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            byStatus.put(s, 0L);
        }
        counts.countBy(SubmissionCounts.Dimension.STATUS, scope)
                .forEach((key, n) -> byStatus.put(Status.valueOf(key), n));

        Map<Integer, Long> byTopic = new TreeMap<>();
        for (int t = Topic.FIRST; t <= Topic.LAST; t++) {
            byTopic.put(t, 0L);
        }
        counts.countBy(SubmissionCounts.Dimension.TOPIC, scope)
                .forEach((key, n) -> byTopic.put(Integer.valueOf(key), n));

        Map<String, Long> byCode = counts.countBy(SubmissionCounts.Dimension.NEIGHBOURHOOD, scope);
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
        counts.countBy(SubmissionCounts.Dimension.CHANNEL, scope)
                .forEach((key, n) -> byChannel.put(Channel.valueOf(key), n));

        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new Overview(total, byStatus, byTopic, byNeighbourhood, byChannel, weekly(scope));
    }

    /** The last {@link #WEEKS} weeks, Monday to Sunday in the ward's time, this week included. */
    private ConsoleWeeklyChart weekly(Collection<String> scope) {
        LocalDate thisMonday = LocalDate.ofInstant(clock.instant(), Ward.ZONE)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = thisMonday.minusWeeks(WEEKS - 1L);
        Map<LocalDate, Long> counts = new TreeMap<>();
        for (int w = 0; w < WEEKS; w++) {
            counts.put(firstMonday.plusWeeks(w), 0L);
        }
        Instant from = firstMonday.atStartOfDay(Ward.ZONE).toInstant();
        for (Instant time : this.counts.filedSince(from, scope)) {
            LocalDate monday =
                    LocalDate.ofInstant(time, Ward.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            counts.computeIfPresent(monday, (week, n) -> n + 1);
        }
        return ConsoleWeeklyChart.of(counts);
    }
}
