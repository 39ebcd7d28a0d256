package vn.nghedan.officials.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.neighbourhood.WardAdministration;
import vn.nghedan.officials.AuditLog;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.core.ProvinceFigures;
import vn.nghedan.platform.InvalidInputException;
import vn.nghedan.platform.NotFoundException;

/**
 * {@code /console/province}, the province admin's page: the wards compared (table and bars), and
 * the wards themselves — names and document headings, new wards and khóm, a khóm moved to another
 * ward, a ward merged into another (2025-style). The security chain lets only province admins in.
 */
@ConsoleController
class ConsoleProvinceController {

    static final String PATH = "/console/province";

    private final ProvinceFigures figures;
    private final WardAdministration wards;
    private final Neighbourhoods neighbourhoods;
    private final AuditLog audit;
    private final ConsoleTexts texts;

    ConsoleProvinceController(
            ProvinceFigures figures,
            WardAdministration wards,
            Neighbourhoods neighbourhoods,
            AuditLog audit,
            ConsoleTexts texts) {
        this.figures = figures;
        this.wards = wards;
        this.neighbourhoods = neighbourhoods;
        this.audit = audit;
        this.texts = texts;
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal OfficialUser me, Model model) {
        List<ProvinceFigures.WardFigures> rows = figures.compare(me.scope());
        model.addAttribute("rows", rows);
        model.addAttribute("chart", ConsoleWardChart.of(rows));
        model.addAttribute("wards", neighbourhoods.wards());
        return "console/province";
    }

    @PostMapping(PATH + "/wards")
    String create(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) String issuingBody,
            @RequestParam(required = false) String place,
            @AuthenticationPrincipal OfficialUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(
                me,
                model,
                response,
                redirect,
                "WARD_CREATED",
                code,
                () -> wards.create(code, new WardAdministration.WardEdit(name, issuingBody, null, place, null)));
    }

    @PostMapping(PATH + "/wards/{code}")
    String edit(
            @PathVariable String code,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String issuingBody,
            @RequestParam(required = false) String parentBody,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String documentNumber,
            @AuthenticationPrincipal OfficialUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(
                me,
                model,
                response,
                redirect,
                "WARD_EDITED",
                code,
                () -> wards.edit(
                        code, new WardAdministration.WardEdit(name, issuingBody, parentBody, place, documentNumber)));
    }

    @PostMapping(PATH + "/wards/{code}/neighbourhoods")
    String addNeighbourhood(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String khom,
            @RequestParam(defaultValue = "") String name,
            @AuthenticationPrincipal OfficialUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(
                me,
                model,
                response,
                redirect,
                "NEIGHBOURHOOD_ADDED",
                code + " " + khom,
                () -> wards.addNeighbourhood(code, khom, name));
    }

    @PostMapping(PATH + "/wards/{code}/merge")
    String merge(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String into,
            @AuthenticationPrincipal OfficialUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(me, model, response, redirect, "WARD_MERGED", code + " → " + into, () -> wards.merge(code, into));
    }

    /** {@code khom} is the khóm as the page lists it: its key. */
    @PostMapping(PATH + "/neighbourhoods/move")
    String move(
            @RequestParam(defaultValue = "") String khom,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(required = false) String newCode,
            @AuthenticationPrincipal OfficialUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(
                me,
                model,
                response,
                redirect,
                "NEIGHBOURHOOD_MOVED",
                khom + " → " + to,
                () -> wards.move(khom, to, newCode));
    }

    /** Runs a change, audits it and says so; a refused one shows the page again with the reason. */
    private String step(
            OfficialUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String action,
            String target,
            Runnable change) {
        me.scope().requireProvinceAdmin();
        try {
            change.run();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", texts.invalidInput(e));
            return page(me, model);
        } catch (NotFoundException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("error", texts.get("console.province.not-found"));
            return page(me, model);
        }
        audit.record(me.getUsername(), action, target, null);
        redirect.addFlashAttribute("notice", texts.get("console.province.done"));
        return "redirect:" + PATH;
    }
}
