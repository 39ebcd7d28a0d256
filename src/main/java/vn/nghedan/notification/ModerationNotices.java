package vn.nghedan.notification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.nghedan.resident.Resident;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.SubmissionEvents.SubmissionChanged;
import vn.nghedan.submission.Submissions;

/**
 * Tells residents what the ward decided about their submission: accepted, rejected (why),
 * referred (to whom), merged (into which), answered. An answer also goes to the authors of the
 * submissions merged into the answered one and to its co-signers: they asked the same.
 */
@Component
class ModerationNotices {

    private final Submissions submissions;
    private final Recipients recipients;
    private final NoticeTexts texts;
    private final PlannedNotices notices;
    private final Clock clock;

    ModerationNotices(
            Submissions submissions, Recipients recipients, NoticeTexts texts, PlannedNotices notices, Clock clock) {
        this.submissions = submissions;
        this.recipients = recipients;
        this.texts = texts;
        this.notices = notices;
        this.clock = clock;
    }

    void planFor(SubmissionChanged change) {
        if (change.from() == change.to()) {
            return;
        }
        Submission s = submissions.get(change.number());
        switch (change.to()) {
            case ACCEPTED -> toAuthor(s, NoticeKind.ACCEPTED, "submission.accepted", s.number());
            case REJECTED -> toAuthor(s, NoticeKind.REJECTED, "submission.rejected", s.number(), s.getReason());
            case REFERRED -> toAuthor(s, NoticeKind.REFERRED, "submission.referred", s.number(), s.getReferredTo());
            case MERGED -> toAuthor(s, NoticeKind.MERGED, "submission.merged", s.number(), s.getMergedInto());
            case ANSWERED -> answered(s);
            // Reopened or withdrawn: the resident did it, or sees it in /my.
            default -> {}
        }
    }

    private void toAuthor(Submission s, NoticeKind kind, String key, Object... args) {
        recipients
                .forOwnNews(s.getResidentId())
                .ifPresent(author -> plan(s, kind, author, texts.get(NoticeTexts.localeOf(author), key, args)));
    }

    private void answered(Submission s) {
        // Each person once, under the first reason they have to hear it.
        Map<Long, Heading> readers = new LinkedHashMap<>();
        if (s.getResidentId() != null) {
            readers.put(s.getResidentId(), new Heading("answer.heading.own", s.number()));
        }
        for (Submission merged : submissions.mergedInto(s.number())) {
            if (merged.getResidentId() != null) {
                readers.putIfAbsent(
                        merged.getResidentId(), new Heading("answer.heading.merged", s.number(), merged.number()));
            }
        }
        for (Long cosigner : submissions.cosigners(s.number())) {
            readers.putIfAbsent(cosigner, new Heading("answer.heading.cosigned", s.number()));
        }
        readers.forEach((residentId, heading) -> recipients
                .forOwnNews(residentId)
                .ifPresent(reader -> {
                    Locale locale = NoticeTexts.localeOf(reader);
                    plan(
                            s,
                            NoticeKind.ANSWERED,
                            reader,
                            texts.get(locale, heading.key(), heading.args()) + "\n" + answer(s, locale));
                }));
    }

    private String answer(Submission s, Locale locale) {
        String text = texts.get(
                locale,
                "answer.body",
                s.getAnswerText(),
                s.getAnsweredBy(),
                texts.get(locale, "answer.form." + s.getAnswerForm().name()));
        if (s.getCommitment() != null && !s.getCommitment().isBlank()) {
            text += "\n"
                    + (s.getCommitmentDeadline() == null
                            ? texts.get(locale, "answer.commitment", s.getCommitment())
                            : texts.get(
                                    locale,
                                    "answer.commitment.deadline",
                                    s.getCommitment(),
                                    NoticeTexts.date(s.getCommitmentDeadline())));
        }
        return text;
    }

    private void plan(Submission s, NoticeKind kind, Resident reader, String text) {
        notices.plan(
                kind,
                reader.getChatId(),
                new Outgoing.Text(text),
                clock.instant(),
                NoticeKeys.aboutSubmission(s.number(), s.getVersion(), kind.tag(), reader.getId()));
    }

    private record Heading(String key, Object... args) {}
}
