package vn.nghedan.officials.console;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.nghedan.agenda.AgendaItem;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.core.ConflictException;
import vn.nghedan.officials.core.SessionAdministration;
import vn.nghedan.platform.InvalidInputException;
import vn.nghedan.session.Sessions;
import vn.nghedan.submission.IllegalTransitionException;

/**
 * {@code /console/sessions}: the list, planning and changing (ward admins, through the same
 * {@link SessionAdministration} as the API), cancelling, marking held, publishing results, and
 * recording the answers given at a session item by item (the agenda's own edits and files are
 * {@link ConsoleAgendaController}'s).
 */
@ConsoleController
class ConsoleSessionsController {

    /** Fields of the session form that the domain's refusals name. */
    private static final Set<String> FORM_FIELDS = Set.of(
            "title", "venue", "startsAt", "submissionsCloseAt", "neighbourhoods", "latitude", "longitude", "chair");

    private final ConsoleSessionPages pages;
    private final SessionAdministration administration;
    private final ConsoleModeration moderation;
    private final ConsoleTexts texts;
    private final Clock clock;

    ConsoleSessionsController(
            ConsoleSessionPages pages,
            SessionAdministration administration,
            ConsoleModeration moderation,
            ConsoleTexts texts,
            Clock clock) {
        this.pages = pages;
        this.administration = administration;
        this.moderation = moderation;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/console/sessions")
    String list(@AuthenticationPrincipal OfficialUser me, Model model) {
        model.addAttribute("rows", pages.list(me));
        return "console/sessions";
    }

    @GetMapping("/console/sessions/new")
    String newForm(Model model) {
        model.addAttribute("sessionForm", new ConsoleSessionForm());
        return "console/session-form";
    }

    @PostMapping("/console/sessions")
    String plan(
            @ModelAttribute("sessionForm") ConsoleSessionForm form,
            BindingResult errors,
            @AuthenticationPrincipal OfficialUser me,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return save(form, errors, response, redirect, () -> administration.plan(form.toDetails(), me.scope()));
    }

    @GetMapping("/console/sessions/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal OfficialUser me, Model model) {
        model.addAttribute("page", pages.page(id, me));
        return "console/session";
    }

    @GetMapping("/console/sessions/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal OfficialUser me, Model model) {
        model.addAttribute("sessionForm", ConsoleSessionForm.of(pages.visible(id, me)));
        model.addAttribute("sessionId", id);
        return "console/session-form";
    }

    @PostMapping("/console/sessions/{id}/edit")
    String change(
            @PathVariable long id,
            @ModelAttribute("sessionForm") ConsoleSessionForm form,
            BindingResult errors,
            @AuthenticationPrincipal OfficialUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        pages.visible(id, me);
        model.addAttribute("sessionId", id);
        return save(form, errors, response, redirect, () -> administration.change(id, form.toDetails(), me.scope()));
    }

    @PostMapping("/console/sessions/{id}/cancel")
    String cancel(@PathVariable long id, @AuthenticationPrincipal OfficialUser me, RedirectAttributes redirect) {
        pages.visible(id, me);
        administration.cancel(id, me.scope());
        return done(id, "console.session.cancelled", redirect);
    }

    @PostMapping("/console/sessions/{id}/held")
    String held(@PathVariable long id, @AuthenticationPrincipal OfficialUser me, RedirectAttributes redirect) {
        pages.visible(id, me);
        administration.markHeld(id, me.scope());
        return done(id, "console.session.marked-held", redirect);
    }

    @PostMapping("/console/sessions/{id}/results")
    String publish(@PathVariable long id, @AuthenticationPrincipal OfficialUser me, RedirectAttributes redirect) {
        pages.visible(id, me);
        administration.publishResults(id, me.scope());
        return done(id, "console.session.published", redirect);
    }

    /**
     * The answer given at the session to one agenda item: recorded for each of its open
     * submissions, so every author hears it. A refusal shows beside that item.
     */
    @PostMapping("/console/sessions/{id}/answers/{primary}")
    String answer(
            @PathVariable long id,
            @PathVariable long primary,
            @RequestParam(defaultValue = "") String members,
            @ModelAttribute("answerDraft") ConsoleModerationForm form,
            BindingResult errors,
            @AuthenticationPrincipal OfficialUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AgendaItem item = pages.item(id, primary, me);
        Map<Long, Integer> seen = ConsoleSessionPages.Item.parse(members);
        form.validate(ConsoleModerationForm.Step.ANSWER, primary, errors);
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (seen.isEmpty() || !item.numbers().containsAll(seen.keySet())) {
            // the item was regrouped since the page was made
            status = HttpStatus.CONFLICT;
            model.addAttribute("stepError", texts.get("console.agenda.item-changed", "#" + primary));
        } else if (!errors.hasErrors()) {
            try {
                moderation.applyAll(seen, form.toChange(ConsoleModerationForm.Step.ANSWER), me);
                redirect.addFlashAttribute("notice", texts.get("console.moderation.done.answer", "#" + primary));
                return "redirect:/console/sessions/" + id + "#item-" + primary;
            } catch (ConflictException e) {
                status = HttpStatus.CONFLICT;
                model.addAttribute("stepError", texts.get(e.messageKey(), e.arguments()));
            } catch (IllegalTransitionException e) {
                status = HttpStatus.CONFLICT;
                model.addAttribute("stepError", texts.transition(e));
            } catch (InvalidInputException e) {
                errors.rejectValue("answer", "domain", texts.invalidInput(e));
            }
        }
        // many items share one page: the refused item's draft and messages travel by its number
        response.setStatus(status.value());
        model.addAttribute("page", pages.page(id, me));
        model.addAttribute("failedItem", primary);
        model.addAttribute("answerErrors", texts.byField(errors));
        return "console/session";
    }

    private String save(
            ConsoleSessionForm form,
            BindingResult errors,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Supplier<Sessions.Planned> step) {
        form.validate(clock.instant(), errors);
        if (!errors.hasErrors()) {
            try {
                Sessions.Planned saved = step.get();
                redirect.addFlashAttribute("notice", texts.get("console.session.saved"));
                redirect.addFlashAttribute(
                        "warnings", saved.warnings().stream().map(texts::get).toList());
                return "redirect:/console/sessions/" + saved.session().getId();
            } catch (InvalidInputException e) {
                String message = texts.invalidInput(e);
                if (FORM_FIELDS.contains(e.field())) {
                    errors.rejectValue(e.field(), "domain", message);
                } else {
                    errors.reject("domain", message);
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "console/session-form";
    }

    private String done(long id, String noticeKey, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", texts.get(noticeKey));
        return "redirect:/console/sessions/" + id;
    }
}
