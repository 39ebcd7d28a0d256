package vn.nghedan.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.nghedan.platform.Ward;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.Submissions;

/**
 * What the ward officials (ADMIN_TELEGRAM_IDS) get: the agenda summary the day before a session,
 * and while a held session's results are unpublished a daily nudge counting down the legal
 * 10-day deadline. Officials read Vietnamese.
 */
@Component
class OfficialNotices {

    /** Nudges come in office hours, not whenever the hourly check runs. */
    private static final LocalTime NUDGE_AT = LocalTime.of(8, 0);

    private final OfficialChats officials;
    private final Submissions submissions;
    private final NoticeTexts texts;
    private final PlannedNotices notices;
    private final Clock clock;

    OfficialNotices(
            OfficialChats officials, Submissions submissions, NoticeTexts texts, PlannedNotices notices, Clock clock) {
        this.officials = officials;
        this.submissions = submissions;
        this.texts = texts;
        this.notices = notices;
        this.clock = clock;
    }

    void agendaSummary(DialogueSession session) {
        if (officials.all().isEmpty()) {
            return;
        }
        List<Submission> candidates = submissions.candidatesFor(session);
        Map<Integer, Integer> perTopic = new TreeMap<>();
        candidates.forEach(s -> perTopic.merge(s.getTopic(), 1, Integer::sum));
        StringBuilder text = new StringBuilder(texts.get(
                NoticeTexts.VIETNAMESE,
                "officials.agenda",
                session.getTitle(),
                texts.when(session.getStartsAt(), NoticeTexts.VIETNAMESE),
                session.getVenue(),
                candidates.size()));
        perTopic.forEach((topic, count) -> text.append('\n')
                .append(texts.get(
                        NoticeTexts.VIETNAMESE,
                        "officials.agenda.topic",
                        texts.get(NoticeTexts.VIETNAMESE, "topic." + topic),
                        count)));
        text.append("\n\n").append(texts.get(NoticeTexts.VIETNAMESE, "officials.agenda.full"));
        Instant now = clock.instant();
        for (long chatId : officials.all()) {
            notices.plan(
                    NoticeKind.OFFICIALS_AGENDA,
                    chatId,
                    new Outgoing.Text(text.toString()),
                    now,
                    NoticeKeys.officialsAgenda(session.getId(), session.getVersion(), chatId));
        }
    }

    /** Today's nudge for a held session whose results are not published; once a day per official. */
    void resultsNudge(DialogueSession session) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(Ward.ZONE).toLocalDate();
        LocalDate due = session.resultsDueAt().atZone(Ward.ZONE).toLocalDate();
        long daysLeft = ChronoUnit.DAYS.between(today, due);
        String key = daysLeft > 0 ? "results.nudge" : daysLeft == 0 ? "results.nudge.today" : "results.nudge.overdue";
        String text = texts.get(
                NoticeTexts.VIETNAMESE,
                key,
                session.getTitle(),
                NoticeTexts.date(session.getStartsAt().atZone(Ward.ZONE).toLocalDate()),
                Math.abs(daysLeft),
                NoticeTexts.dayMonth(due));
        Instant morning = today.atTime(NUDGE_AT).atZone(Ward.ZONE).toInstant();
        Instant at = morning.isAfter(now) ? morning : now;
        for (long chatId : officials.all()) {
            notices.plan(
                    NoticeKind.RESULTS_NUDGE,
                    chatId,
                    new Outgoing.Text(text),
                    at,
                    NoticeKeys.nudge(session.getId(), chatId, today));
        }
    }

    /** Results are out: a nudge still waiting (say, held through the night) is not sent. */
    void stopNudges(long sessionId) {
        notices.drop(NoticeKeys.nudges(sessionId));
    }
}
