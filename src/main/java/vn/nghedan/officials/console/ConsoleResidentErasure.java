package vn.nghedan.officials.console;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.nghedan.officials.AuditLog;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.resident.Residents;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.Submissions;

/**
 * "Forget this resident" (Decree 13/2023) for a person entered at the office, who has no chat in
 * which to send {@code /forget}: a ward admin erases them on their request, from one of their
 * submissions. Everything of the person goes as with {@code /forget} (their files too); their
 * submissions stay, anonymised. The audit line names the submission, never the person. A web
 * author has no resident behind them: their name, contact and photos leave that submission.
 */
@ConsoleController
class ConsoleResidentErasure {

    static final String PATH = "/console/submissions/{number}/forget-author";

    private final ConsoleSubmissionAccess access;
    private final Residents residents;
    private final Submissions submissions;
    private final AuditLog audit;
    private final ConsoleTexts texts;

    ConsoleResidentErasure(
            ConsoleSubmissionAccess access,
            Residents residents,
            Submissions submissions,
            AuditLog audit,
            ConsoleTexts texts) {
        this.access = access;
        this.residents = residents;
        this.submissions = submissions;
        this.audit = audit;
        this.texts = texts;
    }

    @PostMapping(PATH)
    @Transactional
    String forget(@PathVariable long number, @AuthenticationPrincipal OfficialUser me, RedirectAttributes redirect) {
        if (me.role() != Role.WARD_ADMIN) {
            throw new AccessDeniedException("Only a ward admin forgets a resident");
        }
        Submission s = access.visible(number, me);
        var author = s.getResidentId() == null
                ? null
                : residents.byId(s.getResidentId()).orElse(null);
        if (author != null) {
            residents.forget(author, false);
        } else if (!submissions.forgetGuestAuthor(number, me.getUsername())) {
            redirect.addFlashAttribute("notice", texts.get("console.forget.nobody", s.reference()));
            return "redirect:/console/submissions/" + number;
        }
        audit.record(me.getUsername(), "RESIDENT_FORGOTTEN", s.reference(), "console");
        redirect.addFlashAttribute("notice", texts.get("console.forget.done", s.reference()));
        return "redirect:/console/submissions/" + number;
    }
}
