package vn.nghedan.officials.console;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.nghedan.officials.AuditLog;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.api.SessionView;
import vn.nghedan.officials.core.ConflictException;
import vn.nghedan.officials.core.Moderation;
import vn.nghedan.officials.core.SubmissionSummary;
import vn.nghedan.platform.InvalidInputException;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.session.Sessions;
import vn.nghedan.submission.IllegalTransitionException;

/**
 * {@code /console/submissions}: the list with its filters and CSV export, one submission's page,
 * its files, and the moderation forms. Every read goes through the official's neighbourhoods;
 * every step through the same {@link Moderation} as the API.
 */
@ConsoleController
class ConsoleSubmissionsController {

    /** Fields of the moderation forms that a domain refusal can name. */
    private static final Set<String> FORM_FIELDS = Set.of("sessionId", "reason", "mergeInto", "referredTo", "answer");

    private final ConsoleSubmissionSearch search;
    private final ConsoleSubmissionCsv csv;
    private final ConsoleSubmissionDetails details;
    private final ConsoleSubmissionAccess access;
    private final ConsoleModeration moderation;
    private final ConsoleAttachments attachments;
    private final Sessions sessions;
    private final AuditLog audit;
    private final ConsoleTexts texts;

    ConsoleSubmissionsController(
            ConsoleSubmissionSearch search,
            ConsoleSubmissionCsv csv,
            ConsoleSubmissionDetails details,
            ConsoleSubmissionAccess access,
            ConsoleModeration moderation,
            ConsoleAttachments attachments,
            Sessions sessions,
            AuditLog audit,
            ConsoleTexts texts) {
        this.search = search;
        this.csv = csv;
        this.details = details;
        this.access = access;
        this.moderation = moderation;
        this.attachments = attachments;
        this.sessions = sessions;
        this.audit = audit;
        this.texts = texts;
    }

    @GetMapping("/console/submissions")
    String list(
            @ModelAttribute("filter") ConsoleSubmissionFilter filter,
            BindingResult errors,
            @AuthenticationPrincipal OfficialUser me,
            Model model,
            HttpServletResponse response) {
        search.validate(filter, errors);
        if (errors.hasErrors()) {
            // a bad filter shows nothing rather than more than was asked for
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("result", new ConsoleSubmissionSearch.Result(List.of(), 0, 1, 1));
        } else {
            model.addAttribute("result", search.page(filter, me));
        }
        model.addAttribute("sessions", mySessions(me));
        return "console/submissions";
    }

    /** The current view (all its pages) as a spreadsheet; recorded, as it takes personal data away. */
    @GetMapping("/console/submissions.csv")
    ResponseEntity<byte[]> export(
            @ModelAttribute("filter") ConsoleSubmissionFilter filter,
            BindingResult errors,
            @AuthenticationPrincipal OfficialUser me) {
        search.validate(filter, errors);
        if (errors.hasErrors()) {
            return ResponseEntity.badRequest()
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(texts.get("console.submissions.export-bad-filter").getBytes(StandardCharsets.UTF_8));
        }
        List<SubmissionSummary> rows = search.all(filter, me);
        audit.record(me.getUsername(), "SUBMISSIONS_EXPORTED", null, rows.size() + " rows " + filter.query(null));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ConsoleSubmissionCsv.MEDIA_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("y-kien.csv")
                                .build()
                                .toString())
                .body(csv.write(rows));
    }

    @GetMapping("/console/submissions/{number}")
    String show(@PathVariable long number, @AuthenticationPrincipal OfficialUser me, Model model) {
        model.addAttribute("view", details.open(number, me));
        model.addAttribute("moderation", new ConsoleModerationForm());
        return "console/submission";
    }

    @GetMapping("/console/submissions/{number}/attachments/{index}")
    ResponseEntity<Resource> attachment(
            @PathVariable long number, @PathVariable int index, @AuthenticationPrincipal OfficialUser me) {
        ConsoleAttachments.File file = attachments.open(number, index, me);
        ContentDisposition disposition = (file.inline() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.name(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(file.type())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .body(file.content());
    }

    /**
     * One moderation step. A refusal shows the page again with the reason beside the field (400),
     * or above the form when the submission changed meanwhile or the step no longer fits (409).
     */
    @PostMapping("/console/submissions/{number}/{step:" + ConsoleModerationForm.Step.PATHS + "}")
    String moderate(
            @PathVariable long number,
            @PathVariable String step,
            @ModelAttribute("moderation") ConsoleModerationForm form,
            BindingResult errors,
            @AuthenticationPrincipal OfficialUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ConsoleModerationForm.Step what =
                ConsoleModerationForm.Step.of(step).orElseThrow(() -> new NotFoundException(step));
        access.visible(number, me);
        form.validate(what, number, errors);
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (!errors.hasErrors()) {
            try {
                moderation.apply(number, form.getVersion(), form.toChange(what), me);
                redirect.addFlashAttribute("notice", texts.get("console.moderation.done." + what.path, "#" + number));
                return "redirect:/console/submissions/" + number;
            } catch (ConflictException e) {
                status = HttpStatus.CONFLICT;
                model.addAttribute("stepError", texts.get(e.messageKey(), e.arguments()));
            } catch (IllegalTransitionException e) {
                status = HttpStatus.CONFLICT;
                model.addAttribute("stepError", texts.transition(e));
            } catch (OptimisticLockingFailureException e) {
                status = HttpStatus.CONFLICT;
                model.addAttribute("stepError", texts.get("officials.error.changed-meanwhile"));
            } catch (InvalidInputException e) {
                String message = texts.invalidInput(e);
                if (FORM_FIELDS.contains(e.field())) {
                    errors.rejectValue(e.field(), "domain", message);
                } else {
                    model.addAttribute("stepError", message);
                }
            }
        }
        response.setStatus(status.value());
        model.addAttribute("failedStep", what.path);
        model.addAttribute("view", details.view(number, me));
        return "console/submission";
    }

    private List<SessionView> mySessions(OfficialUser me) {
        Long ward = me.scope().sessionsWard();
        return (ward == null ? sessions.all() : sessions.ofWard(ward))
                .stream().filter(s -> me.scope().sees(s)).map(SessionView::of).toList();
    }
}
