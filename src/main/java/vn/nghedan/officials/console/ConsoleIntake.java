package vn.nghedan.officials.console;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.officials.AuditLog;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.platform.Texts;
import vn.nghedan.resident.Residents;
import vn.nghedan.submission.NewSubmission;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.Submissions;

/**
 * Files what a resident said at the office, wrote or phoned in, through the same {@link
 * Submissions#file} as the bot. A resident who gave a name or contact is registered as an
 * offline resident, so that they count as a supporter when their item is merged and can be
 * forgotten on request (Decree 13) like anyone else.
 */
@Service
class ConsoleIntake {

    private final Submissions submissions;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final AuditLog audit;

    ConsoleIntake(Submissions submissions, Residents residents, Neighbourhoods neighbourhoods, AuditLog audit) {
        this.submissions = submissions;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.audit = audit;
    }

    /** The neighbourhood's code if this official may enter submissions for it; a head only for their own. */
    String neighbourhoodFor(ConsoleIntakeForm form, OfficialUser official) {
        return neighbourhoods
                .byCode(form.getNeighbourhood())
                .map(Neighbourhood::code)
                .filter(official::sees)
                .orElse(null);
    }

    @Transactional
    Submission file(ConsoleIntakeForm form, String neighbourhoodCode, OfficialUser official) {
        official.scope().requireModerator();
        if (!official.sees(neighbourhoodCode)) {
            throw new NotFoundException("No neighbourhood " + neighbourhoodCode + " of theirs");
        }
        String name = blankToNull(form.getAuthorName());
        String contact = blankToNull(form.getContact());
        Long residentId = form.identifiesAuthor()
                ? residents.registerOffline(name, contact, neighbourhoodCode).getId()
                : null;
        Submission filed = submissions.file(new NewSubmission(
                residentId,
                neighbourhoodCode,
                form.getKind(),
                form.getTopic(),
                form.getText(),
                form.isAnonymous(),
                form.getChannel(),
                name,
                contact,
                null,
                null,
                List.of(),
                "console:" + form.getFormKey(),
                official.getUsername()));
        audit.record(
                official.getUsername(),
                "SUBMISSION_ENTERED",
                filed.reference(),
                form.getChannel().name());
        return filed;
    }

    private static String blankToNull(String value) {
        String clean = Texts.clean(value);
        return clean.isEmpty() ? null : clean;
    }
}
