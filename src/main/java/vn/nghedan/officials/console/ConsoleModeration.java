package vn.nghedan.officials.console;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.core.ConflictException;
import vn.nghedan.officials.core.Moderation;
import vn.nghedan.officials.core.StatusChange;
import vn.nghedan.officials.core.SubmissionQueries;
import vn.nghedan.platform.WardTime;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.SubmissionEvent;

/**
 * A moderation step from the console: the API's {@link Moderation} (same rules, same audit
 * entries), guarded against stale forms. An official who decided on what the page showed must
 * not overwrite what a colleague (or the resident) changed since: the step is refused with 409
 * and the page shows the submission as it is now.
 */
@Service
class ConsoleModeration {

    private final SubmissionQueries queries;
    private final Moderation moderation;

    ConsoleModeration(SubmissionQueries queries, Moderation moderation) {
        this.queries = queries;
        this.moderation = moderation;
    }

    /** Checked and applied in one transaction (SQLite's IMMEDIATE mode): nobody slips in between. */
    @Transactional
    void apply(long number, Integer seenVersion, StatusChange change, OfficialUser official) {
        Submission current = queries.visible(number, official.scope());
        if (seenVersion == null || !seenVersion.equals(current.getVersion())) {
            List<SubmissionEvent> events = current.getEvents();
            SubmissionEvent last = events.get(events.size() - 1);
            throw new ConflictException(
                    "console.moderation.changed-meanwhile",
                    current.reference(),
                    WardTime.of(current.getUpdatedAt()),
                    last.actor());
        }
        moderation.apply(number, change, official.scope());
    }

    /**
     * The same step on several submissions (the members of an agenda item answered at a session):
     * all or none, so a stale one leaves the others unanswered too.
     */
    @Transactional
    void applyAll(Map<Long, Integer> seenVersions, StatusChange change, OfficialUser official) {
        seenVersions.forEach((number, version) -> apply(number, version, change, official));
    }
}
