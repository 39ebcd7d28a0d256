package vn.nghedan.officials.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
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
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.officials.accounts.Account;
import vn.nghedan.officials.accounts.Accounts;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.officials.api.AccountView;
import vn.nghedan.platform.InvalidInputException;

/**
 * {@code /console/accounts} (ward admins only, see the security chain): list, open, disable,
 * reset a password, change a role.
 */
@ConsoleController
class ConsoleAccountsController {

    private static final Set<String> FORM_FIELDS =
            Set.of("username", "password", "role", "neighbourhoods", "telegramUserId", "ward");

    private final Accounts accounts;
    private final ConsoleTexts texts;
    private final Neighbourhoods neighbourhoods;

    ConsoleAccountsController(Accounts accounts, ConsoleTexts texts, Neighbourhoods neighbourhoods) {
        this.accounts = accounts;
        this.texts = texts;
        this.neighbourhoods = neighbourhoods;
    }

    @GetMapping("/console/accounts")
    String list(@AuthenticationPrincipal OfficialUser me, Model model) {
        model.addAttribute("accountForm", new ConsoleAccountForm());
        return page(model, me);
    }

    @PostMapping("/console/accounts")
    String open(
            @ModelAttribute("accountForm") ConsoleAccountForm form,
            BindingResult errors,
            @AuthenticationPrincipal OfficialUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                Account opened = accounts.open(form.toNewAccount(), me.scope());
                redirect.addFlashAttribute("notice", texts.get("console.account.opened", opened.getUsername()));
                return "redirect:/console/accounts";
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
        form.setPassword(null);
        return page(model, me);
    }

    @PostMapping("/console/accounts/{username}/disable")
    String disable(
            @PathVariable String username, @AuthenticationPrincipal OfficialUser me, RedirectAttributes redirect) {
        accounts.disable(username, me.scope());
        redirect.addFlashAttribute("notice", texts.get("console.account.disabled", username));
        return "redirect:/console/accounts";
    }

    /** A ward admin sets a new password for someone; its owner chooses their own at the next sign-in. */
    @PostMapping("/console/accounts/{username}/password")
    String resetPassword(
            @PathVariable String username,
            @RequestParam(defaultValue = "") String password,
            @AuthenticationPrincipal OfficialUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            accounts.resetPassword(username, password, me.scope());
            redirect.addFlashAttribute("notice", texts.get("console.account.password-reset", username));
            return "redirect:/console/accounts";
        } catch (InvalidInputException e) {
            return refused(username, e, model, response, me);
        }
    }

    /** A new role and khóm; the account's open sessions end at their next request. */
    @PostMapping("/console/accounts/{username}/role")
    String changeRole(
            @PathVariable String username,
            @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "") List<String> neighbourhoods,
            @AuthenticationPrincipal OfficialUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            accounts.changeRole(username, role, null, Set.copyOf(neighbourhoods), me.scope());
            redirect.addFlashAttribute("notice", texts.get("console.account.role-changed", username));
            return "redirect:/console/accounts";
        } catch (InvalidInputException e) {
            return refused(username, e, model, response, me);
        }
    }

    private String refused(
            String username, InvalidInputException e, Model model, HttpServletResponse response, OfficialUser me) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("accountForm", new ConsoleAccountForm());
        model.addAttribute("rowError", username + ": " + texts.invalidInput(e));
        return page(model, me);
    }

    private String page(Model model, OfficialUser me) {
        List<AccountView> rows = accounts.all(me.scope()).stream()
                .map(a -> AccountView.of(a, neighbourhoods))
                .toList();
        model.addAttribute("accounts", rows);
        // A province admin chooses the ward of a new account; a ward admin opens accounts of theirs.
        model.addAttribute(
                "accountWards",
                neighbourhoods.isSingleWard() || !me.scope().runsProvince() ? List.of() : neighbourhoods.wards());
        return "console/accounts";
    }
}
