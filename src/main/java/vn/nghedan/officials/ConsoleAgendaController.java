package vn.nghedan.officials;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.nghedan.agenda.Agendas;
import vn.nghedan.platform.InvalidInputException;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.session.DialogueSession;

/**
 * A session's agenda in the console: reorder its items, reword a summary, move an item to
 * another topic, lock it for printing (ward admins), and download it — or, after the session,
 * its results — as DOCX, PDF, CSV or Markdown.
 */
@ConsoleController
class ConsoleAgendaController {

    private final ConsoleAgendaEditor editor;
    private final ConsoleSessionPages pages;
    private final Agendas agendas;
    private final AuditLog audit;
    private final ConsoleTexts texts;

    ConsoleAgendaController(
            ConsoleAgendaEditor editor,
            ConsoleSessionPages pages,
            Agendas agendas,
            AuditLog audit,
            ConsoleTexts texts) {
        this.editor = editor;
        this.pages = pages;
        this.agendas = agendas;
        this.audit = audit;
        this.texts = texts;
    }

    @PostMapping("/console/sessions/{id}/agenda/items/{primary}/move")
    String move(
            @PathVariable long id,
            @PathVariable long primary,
            @RequestParam String direction,
            @AuthenticationPrincipal OfficialUser me) {
        pages.visible(id, me);
        editor.move(id, primary, "up".equals(direction), me.getUsername());
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
            editor.summary(id, primary, summary, me.getUsername());
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
            editor.topic(id, primary, topic == null ? 0 : topic, me.getUsername());
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
        editor.lock(id, locked, me.getUsername());
        redirect.addFlashAttribute(
                "notice", texts.get(locked ? "console.agenda.locked-now" : "console.agenda.unlocked"));
        return "redirect:/console/sessions/" + id;
    }

    /** The ward's document: for those who see every neighbourhood of the session. */
    @GetMapping("/console/sessions/{id}/{document:agenda|results}.{format}")
    ResponseEntity<byte[]> download(
            @PathVariable long id,
            @PathVariable String document,
            @PathVariable String format,
            @AuthenticationPrincipal OfficialUser me) {
        DialogueSession s = pages.visible(id, me);
        if (!pages.seesWholeSession(s, me)) {
            throw new NotFoundException("Session " + id + " has other neighbourhoods' items");
        }
        Agendas.Format f;
        try {
            f = Agendas.Format.of(format);
        } catch (InvalidInputException e) {
            throw new NotFoundException("No format " + format);
        }
        boolean results = "results".equals(document);
        byte[] content =
                results ? agendas.resultsDocument(agendas.results(id), f) : agendas.document(agendas.agenda(id), f);
        audit.record(me.getUsername(), results ? "RESULTS_DOWNLOADED" : "AGENDA_DOWNLOADED", "session " + id, f.name());
        String name = (results ? "ket-qua-doi-thoai-" : "chuong-trinh-doi-thoai-") + id + "." + f.extension();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
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
