package vn.nghedan.officials.core;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.neighbourhood.WardProfile;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.session.SessionStatus;
import vn.nghedan.session.Sessions;
import vn.nghedan.submission.SubmissionCounts;
import vn.nghedan.submission.SubmissionCounts.KhomCounts;

/**
 * The province's dashboard: the wards side by side — submissions, resolution rate, the share of
 * sessions whose results were published within the law's 10 days, and answers overdue. One GROUP
 * BY over the submissions (through the submission module's counting API) and one read of the
 * sessions, whatever the number of wards.
 *
 * <p>Public because {@code console} and {@code api} use it.
 */
@Service
public class ProvinceFigures {

    private final SubmissionCounts counts;
    private final Sessions sessions;
    private final Neighbourhoods neighbourhoods;
    private final Clock clock;

    ProvinceFigures(SubmissionCounts counts, Sessions sessions, Neighbourhoods neighbourhoods, Clock clock) {
        this.counts = counts;
        this.sessions = sessions;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
    }

    /**
     * One ward's figures.
     *
     * @param resultsDue sessions held (not cancelled) whose results were due by now or are published
     * @param resultsInTime of those, published within 10 days of the session
     * @param overdue submissions still open although their session's results were due
     */
    public record WardFigures(
            String code,
            String name,
            long submissions,
            long answered,
            long overdue,
            long resultsDue,
            long resultsInTime,
            long telegram,
            long zalo,
            long web) {

        /** Answered / all, in whole percent (0 with nothing filed). */
        public int resolutionPercent() {
            return submissions == 0 ? 0 : (int) Math.round(100.0 * answered / submissions);
        }

        /** Results published in time / due, in whole percent; 100 when nothing was due yet. */
        public int resultsInTimePercent() {
            return resultsDue == 0 ? 100 : (int) Math.round(100.0 * resultsInTime / resultsDue);
        }

        /** Filed at the ward office (paper, in person, by phone). */
        public long office() {
            return submissions - telegram - zalo - web;
        }
    }

    /** The wards this official may compare: every ward for a province admin, their own for others. */
    public List<WardFigures> compare(OfficialScope reader) {
        Instant now = clock.instant();
        Map<Long, long[]> results = new HashMap<>();
        Set<Long> pastDeadline = new HashSet<>();
        for (DialogueSession s : sessions.all()) {
            if (s.getStatus() == SessionStatus.CANCELLED) {
                continue;
            }
            Instant due = s.resultsDueAt();
            if (due.isBefore(now)) {
                pastDeadline.add(s.getId());
            }
            boolean published = s.getResultsPublishedAt() != null;
            if (!due.isBefore(now) && !published) {
                continue; // not due yet: neither late nor on time
            }
            long[] r = results.computeIfAbsent(s.getWardId(), id -> new long[2]);
            r[0]++;
            if (published && !s.getResultsPublishedAt().isAfter(due)) {
                r[1]++;
            }
        }
        Map<String, KhomCounts> byKhom = counts.byNeighbourhood(pastDeadline);
        return neighbourhoods.wards().stream()
                .filter(w -> reader.runsProvince() || reader.wardId() != null && reader.wardId() == w.id())
                .map(w -> figures(w, byKhom, results.getOrDefault(w.id(), new long[2])))
                .toList();
    }

    private static WardFigures figures(WardProfile w, Map<String, KhomCounts> byKhom, long[] results) {
        KhomCounts sum = KhomCounts.NONE;
        for (var n : w.neighbourhoods()) {
            sum = sum.plus(byKhom.getOrDefault(n.code(), KhomCounts.NONE));
        }
        return new WardFigures(
                w.code(),
                w.name(),
                sum.total(),
                sum.answered(),
                sum.overdue(),
                results[0],
                results[1],
                sum.telegram(),
                sum.zalo(),
                sum.web());
    }
}
