package vn.nghedan.officials.console;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.submission.Submission;

/** {@code /console/submissions/new}: entering a submission on behalf of a resident. */
@ConsoleController
class ConsoleIntakeController {

    static final String PATH = "/console/submissions/new";

    private final ConsoleIntake intake;
    private final ConsoleTexts texts;

    ConsoleIntakeController(ConsoleIntake intake, ConsoleTexts texts) {
        this.intake = intake;
        this.texts = texts;
    }

    @GetMapping(PATH)
    String form(Model model) {
        model.addAttribute("intake", ConsoleIntakeForm.blank());
        return "console/new-submission";
    }

    @PostMapping(PATH)
    String file(
            @ModelAttribute("intake") ConsoleIntakeForm form,
            BindingResult errors,
            @AuthenticationPrincipal OfficialUser me,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        form.validate(errors);
        String code = intake.neighbourhoodFor(form, me);
        if (code == null && !errors.hasFieldErrors("neighbourhood")) {
            errors.rejectValue("neighbourhood", "console.filter.unknown-neighbourhood");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "console/new-submission";
        }
        Submission filed = intake.file(form, code, me);
        redirect.addFlashAttribute("notice", texts.get("console.intake.filed", filed.reference()));
        return "redirect:/console/submissions/" + filed.number();
    }
}
