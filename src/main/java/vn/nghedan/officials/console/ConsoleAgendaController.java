package vn.nghedan.officials.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.nghedan.agenda.Agendas;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.api.AgendaApi;
import vn.nghedan.officials.core.AgendaAccess;
import vn.nghedan.platform.InvalidInputException;

/**
 * A session's agenda in the console: reorder its items, reword a summary, move an item to
 * another topic, lock it for printing (ward admins), and download it — or, after the session,
 * its results — as DOCX, PDF, CSV or Markdown.
 */
@ConsoleController
class ConsoleAgendaController {

    private final ConsoleAgendaEditor editor;
    private final ConsoleSessionPages pages;
    private final AgendaAccess access;
    private final ConsoleTexts texts;

    ConsoleAgendaController(
            ConsoleAgendaEditor editor, ConsoleSessionPages pages, AgendaAccess access, ConsoleTexts texts) {
        this.editor = editor;
        this.pages = pages;
        this.access = access;
        this.texts = texts;
    }

    @PostMapping("/console/sessions/{id}/agenda/items/{primary}/move")
    String move(
            @PathVariable long id,
            @PathVariable long primary,
            @RequestParam String direction,
            @AuthenticationPrincipal OfficialUser me) {
        pages.visible(id, me);
        editor.move(id, primary, "up".equals(direction), me.scope());
        return "redirect:/console/sessions/" + id + "#item-" + primary;
    }

    @PostMapping("/console/sessions/{id}/agenda/items/{primary}/summary")
    String summary(
            @PathVariable long id,
            @PathVariable long primary,
            @RequestParam(defaultValue = "") String summary,
            @AuthenticationPrincipal OfficialUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        pages.visible(id, me);
        try {
            editor.summary(id, primary, summary, me.scope());
        } catch (InvalidInputException e) {
            return refused(id, primary, Map.of("summary", texts.invalidInput(e)), me, model, response);
        }
        redirect.addFlashAttribute("notice", texts.get("console.agenda.saved", "#" + primary));
        return "redirect:/console/sessions/" + id + "#item-" + primary;
    }

    @PostMapping("/console/sessions/{id}/agenda/items/{primary}/topic")
    String topic(
            @PathVariable long id,
            @PathVariable long primary,
            @RequestParam(required = false) Integer topic,
            @AuthenticationPrincipal OfficialUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        pages.visible(id, me);
        try {
            editor.topic(id, primary, topic == null ? 0 : topic, me.scope());
        } catch (InvalidInputException e) {
            return refused(id, primary, Map.of("topic", texts.invalidInput(e)), me, model, response);
        }
        redirect.addFlashAttribute("notice", texts.get("console.agenda.saved", "#" + primary));
        return "redirect:/console/sessions/" + id + "#item-" + primary;
    }

    @PostMapping("/console/sessions/{id}/agenda/lock")
    String lock(
            @PathVariable long id,
            @RequestParam boolean locked,
            @AuthenticationPrincipal OfficialUser me,
            RedirectAttributes redirect) {
        pages.visible(id, me);
        editor.lock(id, locked, me.scope());
        redirect.addFlashAttribute(
                "notice", texts.get(locked ? "console.agenda.locked-now" : "console.agenda.unlocked"));
        return "redirect:/console/sessions/" + id;
    }

    /** The agenda or results as a file, as the official may see them (their khóm's items, no names for viewers). */
    @GetMapping("/console/sessions/{id}/{document:agenda|results}.{format}")
    ResponseEntity<byte[]> download(
            @PathVariable long id,
            @PathVariable String document,
            @PathVariable String format,
            @AuthenticationPrincipal OfficialUser me) {
        Agendas.Format f = Agendas.Format.of(format);
        AgendaAccess.Document which =
                "results".equals(document) ? AgendaAccess.Document.RESULTS : AgendaAccess.Document.AGENDA;
        return AgendaApi.attachment(access.download(id, which, f, me.scope(), AgendaAccess.Channel.CONSOLE));
    }

    private String refused(
            long id,
            long primary,
            Map<String, String> errors,
            OfficialUser me,
            Model model,
            HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("page", pages.page(id, me));
        model.addAttribute("failedItem", primary);
        model.addAttribute("agendaErrors", errors);
        return "console/session";
    }
}
