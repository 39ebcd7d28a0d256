package vn.nghedan.officials.console;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.officials.AuditLog;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.api.SessionView;
import vn.nghedan.officials.core.SubmissionDetail;
import vn.nghedan.officials.core.SubmissionSummary;
import vn.nghedan.session.Sessions;
import vn.nghedan.submission.Attachment;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.Submissions;

/** Puts the submission page together; opening it is recorded in the audit log. */
@Service
class ConsoleSubmissionDetails {

    static final int SIMILAR_SHOWN = 5;

    private final ConsoleSubmissionAccess access;
    private final Submissions submissions;
    private final Sessions sessions;
    private final Neighbourhoods neighbourhoods;
    private final AuditLog audit;

    ConsoleSubmissionDetails(
            ConsoleSubmissionAccess access,
            Submissions submissions,
            Sessions sessions,
            Neighbourhoods neighbourhoods,
            AuditLog audit) {
        this.access = access;
        this.submissions = submissions;
        this.sessions = sessions;
        this.neighbourhoods = neighbourhoods;
        this.audit = audit;
    }

    /** The page as an official opens it: who read which submission is part of the record. */
    ConsoleSubmissionView open(long number, OfficialUser reader) {
        ConsoleSubmissionView view = view(number, reader);
        audit.record(reader.getUsername(), "SUBMISSION_VIEWED", view.detail().reference(), "console");
        return view;
    }

    /** The page again after a refused form (not a new reading). */
    ConsoleSubmissionView view(long number, OfficialUser reader) {
        Submission s = access.visible(number, reader);
        List<Long> mergedFrom =
                submissions.mergedInto(number).stream().map(Submission::number).toList();
        return new ConsoleSubmissionView(
                SubmissionDetail.of(s, mergedFrom, reader),
                s.getVersion(),
                neighbourhoods.nameOf(s.getNeighbourhoodCode()),
                attachments(s),
                submissions.cosigners(number).size(),
                similar(s, reader),
                sessions.upcomingFor(s.getNeighbourhoodCode()).stream()
                        .map(SessionView::of)
                        .toList(),
                s.getSessionId() == null
                        ? null
                        : sessions.find(s.getSessionId()).map(SessionView::of).orElse(null));
    }

    /** Merge suggestions: only an open submission can be merged, and only into another one. */
    private List<SubmissionSummary> similar(Submission s, OfficialUser reader) {
        if (!s.getStatus().isOpen()) {
            return List.of();
        }
        return submissions.similar(s.getNeighbourhoodCode(), s.getText(), SIMILAR_SHOWN + 1).stream()
                .filter(other -> other.number() != s.number())
                .filter(other -> reader.sees(other.getNeighbourhoodCode()))
                .limit(SIMILAR_SHOWN)
                .map(other -> SubmissionSummary.of(other, reader))
                .toList();
    }

    private static List<ConsoleSubmissionView.AttachmentLink> attachments(Submission s) {
        List<ConsoleSubmissionView.AttachmentLink> links = new ArrayList<>();
        List<Attachment> files = s.getAttachments();
        for (int i = 0; i < files.size(); i++) {
            Attachment a = files.get(i);
            links.add(new ConsoleSubmissionView.AttachmentLink(
                    i, a.fileName(), a.kind(), a.storedPath() != null, a.failure()));
        }
        return links;
    }
}
