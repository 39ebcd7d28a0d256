package vn.nghedan.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.submission.Status;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.Submissions;

/**
 * Tells authors that their item will be answered at a session: with its place on the agenda
 * when the agenda module locks it, otherwise (without the number) the day before for every item
 * accepted for that session. One notice per session version and submission, whichever comes first.
 */
@Component
class AgendaNotices {

    private static final int PAGE = 500;

    private final Submissions submissions;
    private final Recipients recipients;
    private final NoticeTexts texts;
    private final PlannedNotices notices;
    private final Clock clock;

    AgendaNotices(
            Submissions submissions, Recipients recipients, NoticeTexts texts, PlannedNotices notices, Clock clock) {
        this.submissions = submissions;
        this.recipients = recipients;
        this.texts = texts;
        this.notices = notices;
        this.clock = clock;
    }

    void itemsOnAgenda(DialogueSession session, List<ReminderPlanner.ItemRef> items) {
        for (ReminderPlanner.ItemRef item : items) {
            submissions.find(item.number()).ifPresent(s -> tellAuthor(session, s, item.position()));
        }
    }

    void acceptedItems(DialogueSession session) {
        Submissions.Filter accepted =
                new Submissions.Filter(null, Status.ACCEPTED, null, null, session.getId(), null, null, null);
        for (int page = 0; ; page++) {
            List<Submission> items = submissions.search(accepted, page, PAGE).items();
            items.forEach(s -> tellAuthor(session, s, null));
            if (items.size() < PAGE) {
                return;
            }
        }
    }

    private void tellAuthor(DialogueSession session, Submission submission, Integer position) {
        Instant now = clock.instant();
        if (!session.isUpcoming(now)) {
            return;
        }
        recipients.forOwnNews(submission.getResidentId()).ifPresent(author -> {
            Locale locale = NoticeTexts.localeOf(author);
            String text = texts.get(
                    locale,
                    position == null ? "agenda.item" : "agenda.item.numbered",
                    submission.number(),
                    session.getTitle(),
                    texts.when(session.getStartsAt(), locale),
                    session.getVenue(),
                    position);
            notices.plan(
                    NoticeKind.AGENDA_ITEM,
                    author.getChatId(),
                    new Outgoing.Text(text),
                    now,
                    NoticeKeys.agendaItem(session.getId(), session.getVersion(), submission.number()));
        });
    }
}
