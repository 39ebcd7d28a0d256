package vn.nghedan.officials.core;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.nghedan.officials.AuditLog;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.session.SessionStatus;
import vn.nghedan.session.Sessions;
import vn.nghedan.submission.Answer;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.Submissions;

/**
 * An official's moderation step on a submission, checked against what they may see and recorded
 * in the audit log in the same transaction. The lifecycle rules themselves are the submission's:
 * a step its status does not allow fails with 409.
 *
 * <p>Public because {@code api}, {@code bot}, {@code console} use it.
 */
@Service
public class Moderation {

    private final Submissions submissions;
    private final SubmissionQueries queries;
    private final Sessions sessions;
    private final AuditLog audit;

    Moderation(Submissions submissions, SubmissionQueries queries, Sessions sessions, AuditLog audit) {
        this.submissions = submissions;
        this.queries = queries;
        this.sessions = sessions;
        this.audit = audit;
    }

    /**
     * @param official who takes the step, from whichever channel: the console, the API or the bot
     *     (one rule, one vocabulary in the audit log: {@code SUBMISSION_ACCEPTED} and so on)
     */
    public static final int MAX_REASON = 2000;

    public static final int MAX_BODY = 300;
    public static final int MAX_ANSWER = 4000;
    public static final int MAX_NAME = 200;

    @Transactional
    public void apply(long number, StatusChange change, OfficialScope official) {
        official.requireModerator();
        if (change.status() == null) {
            throw new LocalizedInvalidInput("status", "officials.moderation.status-required");
        }
        withinLimits(change);
        Submission current = queries.visible(number, official);
        String actor = official.actor();
        switch (change.status()) {
            case ACCEPTED -> submissions.accept(number, sessionFor(change.sessionId(), current), actor);
            case REJECTED -> submissions.reject(number, change.reason(), actor);
            case MERGED -> submissions.merge(number, mergeTarget(number, change.mergeInto(), official), actor);
            case REFERRED -> submissions.refer(number, referredTo(change), actor);
            case ANSWERED -> submissions.answer(number, answer(change, official), actor);
            case NEW -> submissions.reopen(number, actor);
            // a resident's own step, never an official's
            case WITHDRAWN -> throw new LocalizedInvalidInput("status", "officials.moderation.withdraw");
        }
        audit.record(actor, auditAction(change), current.reference(), auditDetail(change));
    }

    /** A session the item can go to: still planned, and for the item's neighbourhood. */
    private Long sessionFor(Long sessionId, Submission s) {
        if (sessionId == null) {
            return null;
        }
        DialogueSession session = sessions.find(sessionId)
                .orElseThrow(() -> new LocalizedInvalidInput(
                        "sessionId", "officials.moderation.session-unknown", String.valueOf(sessionId)));
        if (session.getStatus() != SessionStatus.PLANNED) {
            throw new LocalizedInvalidInput(
                    "sessionId", "officials.moderation.session-not-planned", String.valueOf(sessionId));
        }
        if (!session.neighbourhoodCodes().contains(s.getNeighbourhoodCode())) {
            throw new LocalizedInvalidInput(
                    "sessionId",
                    "officials.moderation.session-other-neighbourhood",
                    String.valueOf(sessionId),
                    s.getNeighbourhoodCode());
        }
        return sessionId;
    }

    /** The target must be one this official may see: a head cannot merge into another khóm's item. */
    private long mergeTarget(long number, Long into, OfficialScope official) {
        if (into == null) {
            throw new LocalizedInvalidInput("mergeInto", "officials.moderation.merge-target-required");
        }
        if (into == number) {
            throw new LocalizedInvalidInput(
                    "mergeInto", "officials.moderation.merge-into-itself", String.valueOf(number));
        }
        if (submissions
                .find(into)
                .filter(t -> official.sees(t.getNeighbourhoodCode()))
                .isEmpty()) {
            throw new LocalizedInvalidInput(
                    "mergeInto", "officials.moderation.merge-target-unknown", String.valueOf(into));
        }
        return into;
    }

    /**
     * The console's limits, for every channel: the API took a 100,000-character answer that the
     * console refuses, and sent it on to the resident.
     */
    private static void withinLimits(StatusChange change) {
        limit("reason", change.reason(), MAX_REASON);
        limit("referredTo", change.referredTo(), MAX_BODY);
        limit("answer", change.answer(), MAX_ANSWER);
        limit("answeredBy", change.answeredBy(), MAX_NAME);
        limit("commitment", change.commitment(), MAX_ANSWER);
    }

    private static void limit(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw new LocalizedInvalidInput(field, "officials.moderation.too-long", field, max);
        }
    }

    private static String referredTo(StatusChange change) {
        return change.referredTo() != null && !change.referredTo().isBlank() ? change.referredTo() : change.reason();
    }

    /** Who answered defaults to the official recording it, by the name people know them by. */
    private static Answer answer(StatusChange change, OfficialScope official) {
        String answeredBy = change.answeredBy() == null || change.answeredBy().isBlank()
                ? official.shownName()
                : change.answeredBy();
        return new Answer(change.answer(), answeredBy, change.form(), change.commitment(), change.deadline());
    }

    private static String auditAction(StatusChange change) {
        return switch (change.status()) {
            case NEW -> "SUBMISSION_REOPENED";
            default -> "SUBMISSION_" + change.status().name();
        };
    }

    private static String auditDetail(StatusChange change) {
        return switch (change.status()) {
            case ACCEPTED -> change.sessionId() == null ? null : "session " + change.sessionId();
            case MERGED -> "into #" + change.mergeInto();
            case REFERRED -> referredTo(change);
            case ANSWERED -> change.answer();
            default -> change.reason();
        };
    }
}
