package vn.nghedan.officials.console;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.api.SessionView;
import vn.nghedan.platform.Ward;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.session.Sessions;

/**
 * The law's two clocks on sessions (art. 43, DESIGN.md): announced at least 7 days before, and
 * results published within 10 days after. Shown on the dashboard and the session page so that
 * the office sees a missed notice or a results deadline running out before it is too late.
 */
@Service
class ConsoleLegalClocks {

    private final Sessions sessions;
    private final Clock clock;

    ConsoleLegalClocks(Sessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * The notice clock of a session.
     *
     * @param daysUntil whole days from today (ward time) to the session's day
     * @param noticeDays whole days between planning (when residents were told) and the start
     * @param noticeMet whether those were at least the 7 days the law asks for
     */
    record Notice(SessionView session, long daysUntil, long noticeDays, boolean noticeMet) {}

    /** The results clock of a session that took place: due 10 days after its start. */
    record Results(SessionView session, LocalDate due, long daysLeft, boolean published) {

        public boolean overdue() {
            return !published && daysLeft < 0;
        }
    }

    /** The next planned session the official is concerned with, if any. */
    Optional<Notice> next(OfficialUser reader) {
        return sessions.upcoming().stream()
                .filter(s -> concerns(s, reader))
                .findFirst()
                .map(this::notice);
    }

    /** Sessions held whose results are not yet published, soonest deadline first. */
    List<Results> awaitingResults(OfficialUser reader) {
        return sessions.awaitingResults().stream()
                .filter(s -> concerns(s, reader))
                .map(this::results)
                .toList();
    }

    Notice notice(DialogueSession s) {
        Duration announced = Duration.between(s.getCreatedAt(), s.getStartsAt());
        return new Notice(
                SessionView.of(s),
                ChronoUnit.DAYS.between(today(), LocalDate.ofInstant(s.getStartsAt(), Ward.ZONE)),
                announced.toDays(),
                announced.compareTo(DialogueSession.NOTICE) >= 0);
    }

    Results results(DialogueSession s) {
        LocalDate due = LocalDate.ofInstant(s.resultsDueAt(), Ward.ZONE);
        return new Results(
                SessionView.of(s), due, ChronoUnit.DAYS.between(today(), due), s.getResultsPublishedAt() != null);
    }

    private static boolean concerns(DialogueSession s, OfficialUser reader) {
        return reader.scope().sees(s);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Ward.ZONE);
    }
}
