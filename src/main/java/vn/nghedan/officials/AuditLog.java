package vn.nghedan.officials;

import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.platform.DbTime;
import vn.nghedan.platform.Texts;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.session.Sessions;
import vn.nghedan.submission.Submissions;

/**
 * Who did what to which thing, kept for the ward's accountability. Written in the caller's
 * transaction, so a step that is rolled back leaves no entry and a committed step always has one.
 */
@Service
public class AuditLog {

    private static final int MAX_DETAIL = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    // Providers: the submission and session services are made after the audit log they may use.
    private final ObjectProvider<Submissions> submissions;
    private final ObjectProvider<Sessions> sessions;
    private final Neighbourhoods neighbourhoods;

    AuditLog(
            JdbcClient jdbc,
            Clock clock,
            ObjectProvider<Submissions> submissions,
            ObjectProvider<Sessions> sessions,
            Neighbourhoods neighbourhoods) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.submissions = submissions;
        this.sessions = sessions;
        this.neighbourhoods = neighbourhoods;
    }

    /**
     * @param actor the account's username (or {@code system})
     * @param action what was done, such as {@code SUBMISSION_REJECTED}
     * @param target what it was done to, such as {@code #42} or {@code session 3}
     * @param detail the reason, answer or values given; shortened when long
     */
    @Transactional
    public void record(String actor, String action, String target, String detail) {
        jdbc.sql("INSERT INTO audit_log (at, actor, action, target, detail, ward_id) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        DbTime.of(clock.instant()),
                        Texts.shorten(actor, 100),
                        Texts.shorten(action, 40),
                        target == null ? null : Texts.shorten(target, 100),
                        detail == null ? null : Texts.shorten(detail, MAX_DETAIL),
                        wardOf(target))
                .update();
    }

    private static final Pattern SUBMISSION = Pattern.compile("#(\\d{1,18})");
    private static final Pattern SESSION = Pattern.compile("session (\\d{1,18})");

    /**
     * The ward a step concerned, so that a ward's audit can be read apart: a submission's khóm's
     * ward, a session's ward; {@code null} for steps of the deployment (accounts, wards).
     */
    private Long wardOf(String target) {
        if (target == null) {
            return null;
        }
        Matcher submission = SUBMISSION.matcher(target);
        if (submission.lookingAt()) {
            // Audited on every submission page opened: the khóm alone, not the whole aggregate.
            return submissions
                    .getObject()
                    .neighbourhoodOf(Long.parseLong(submission.group(1)))
                    .flatMap(neighbourhoods::byCode)
                    .map(n -> neighbourhoods.wardOf(n.code()).id())
                    .orElse(null);
        }
        Matcher session = SESSION.matcher(target);
        if (session.lookingAt()) {
            return sessions.getObject()
                    .find(Long.parseLong(session.group(1)))
                    .map(DialogueSession::getWardId)
                    .orElse(null);
        }
        return null;
    }
}
