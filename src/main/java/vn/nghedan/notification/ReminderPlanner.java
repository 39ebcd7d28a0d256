package vn.nghedan.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nghedan.resident.Resident;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.session.SessionEvents;
import vn.nghedan.session.SessionStatus;
import vn.nghedan.session.Sessions;
import vn.nghedan.submission.SubmissionEvents;

/**
 * Decides which messages people get and when, and writes them to the outbox; the relay sends
 * them. The listeners are synchronous, so the messages are written in the transaction of the
 * change that caused them: rolled back with it, never lost after it. Every plan is idempotent
 * (dedup keys), so replaying an event or running the hourly check again writes nothing new.
 */
@Component
public class ReminderPlanner {

    private static final Logger log = LoggerFactory.getLogger(ReminderPlanner.class);

    /** How long before a session its accepted items' authors and the officials hear about the agenda. */
    private static final Duration AGENDA_NOTICE = Duration.ofDays(1);

    /** An item on a locked agenda: the submission's number and its place in the agenda. */
    record ItemRef(long number, int position) {}

    private final Sessions sessions;
    private final SessionNotices sessionNotices;
    private final AgendaNotices agendaNotices;
    private final ModerationNotices moderationNotices;
    private final OfficialNotices officialNotices;
    private final PlannedNotices plannedNotices;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReminderPlanner(
            Sessions sessions,
            SessionNotices sessionNotices,
            AgendaNotices agendaNotices,
            ModerationNotices moderationNotices,
            OfficialNotices officialNotices,
            PlannedNotices plannedNotices,
            TransactionTemplate transactions,
            Clock clock) {
        this.sessions = sessions;
        this.sessionNotices = sessionNotices;
        this.agendaNotices = agendaNotices;
        this.moderationNotices = moderationNotices;
        this.officialNotices = officialNotices;
        this.plannedNotices = plannedNotices;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** When an agenda is locked: each author learns their item's place (in the locking transaction). */
    @EventListener
    void agendaLocked(SessionEvents.AgendaLocked locked) {
        List<ItemRef> items = locked.places().stream()
                .map(p -> new ItemRef(p.number(), p.position()))
                .toList();
        agendaNotices.itemsOnAgenda(sessions.get(locked.sessionId()), items);
    }

    /**
     * For the conversation, after {@code /reminders off} or {@code /forget}: what was planned and
     * the resident no longer wants is not sent. Without consent nothing planned goes; with
     * reminders off the sessions' announcements and reminders don't, news about their own
     * submissions still does.
     */
    @Transactional
    public void preferencesChanged(Resident resident) {
        if (resident.getChatId() == null) {
            return;
        }
        if (!resident.hasConsented()) {
            plannedNotices.drop(resident.getChatId(), "%", "consent withdrawn");
        } else if (!resident.isRemindersEnabled()) {
            plannedNotices.drop(resident.getChatId(), NoticeKeys.SESSION_BROADCASTS, "reminders off");
        }
    }

    @EventListener
    void sessionScheduled(SessionEvents.SessionScheduled scheduled) {
        sessionNotices.plan(sessions.get(scheduled.sessionId()));
    }

    @EventListener
    void sessionCancelled(SessionEvents.SessionCancelled cancelled) {
        sessionNotices.cancel(sessions.get(cancelled.sessionId()));
    }

    @EventListener
    void resultsPublished(SessionEvents.ResultsPublished published) {
        officialNotices.stopNudges(published.sessionId());
    }

    @EventListener
    void submissionChanged(SubmissionEvents.SubmissionChanged changed) {
        moderationNotices.planFor(changed);
    }

    /**
     * The hourly trigger, once across instances: the lock is kept 5 minutes after the run, longer
     * than the clocks of two instances (firing at the same cron) differ. The lock is on the
     * schedule, not on {@link #planDue()}, which may be called at any time.
     */
    @Scheduled(cron = "${nghedan.reminders.check-cron:0 5 * * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "reminder-planning", lockAtMostFor = "PT50M", lockAtLeastFor = "PT5M")
    void planDueHourly() {
        // One line per run, on the instance that ran it: with several instances, once in all.
        log.info("Hourly reminder planning runs on this instance");
        planDue();
    }

    /**
     * What is due by the calendar rather than by an event: the day-before notices, the daily
     * results nudge, and announcements for residents who joined after a session was announced.
     * Runs hourly although most of it is daily, so a restart or a busy hour never skips a day;
     * the dedup keys keep it to once.
     */
    void planDue() {
        // Only planned sessions and held ones awaiting results can be due anything.
        for (DialogueSession listed : sessions.open()) {
            transactions.executeWithoutResult(tx -> planDue(sessions.get(listed.getId())));
        }
    }

    private void planDue(DialogueSession session) {
        Instant now = clock.instant();
        if (session.isUpcoming(now)) {
            sessionNotices.plan(session);
            if (!now.isBefore(session.getStartsAt().minus(AGENDA_NOTICE))) {
                agendaNotices.acceptedItems(session);
                officialNotices.agendaSummary(session);
            }
        } else if (session.getStatus() == SessionStatus.HELD && session.getResultsPublishedAt() == null) {
            officialNotices.resultsNudge(session);
        }
    }
}
