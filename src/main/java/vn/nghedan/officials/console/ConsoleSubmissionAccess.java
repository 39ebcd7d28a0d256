package vn.nghedan.officials.console;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.nghedan.officials.AuditLog;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.core.SubmissionQueries;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.Submissions;

/**
 * The door to one submission in the console. Someone reaching for another neighbourhood's
 * submission (a head editing the number in the URL) gets the same 404 as for a number that does
 * not exist, and the attempt goes into the audit log as DENIED. Deliberately outside any
 * transaction: the 404 that follows must not roll the audit entry back.
 */
@Component
class ConsoleSubmissionAccess {

    private final Submissions submissions;
    private final SubmissionQueries queries;
    private final AuditLog audit;

    ConsoleSubmissionAccess(Submissions submissions, SubmissionQueries queries, AuditLog audit) {
        this.submissions = submissions;
        this.queries = queries;
        this.audit = audit;
    }

    Submission visible(long number, OfficialUser official) {
        Optional<Submission> found = submissions.find(number);
        if (found.isPresent() && !official.sees(found.get().getNeighbourhoodCode())) {
            audit.record(
                    official.getUsername(),
                    "DENIED",
                    found.get().reference(),
                    "console: submission of " + found.get().getNeighbourhoodCode());
        }
        return queries.visible(number, official.scope());
    }
}
