package vn.nghedan.officials;

import jakarta.servlet.http.HttpServletResponse;
import java.time.OffsetDateTime;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.nghedan.platform.InvalidInputException;

/** {@code /console/accounts} (ward admins only, see the security chain): list, open, disable. */
@ConsoleController
class ConsoleAccountsController {

    private static final Set<String> FORM_FIELDS =
            Set.of("username", "password", "role", "neighbourhoods", "telegramUserId");

    private final Accounts accounts;
    private final ConsoleTexts texts;

    ConsoleAccountsController(Accounts accounts, ConsoleTexts texts) {
        this.accounts = accounts;
        this.texts = texts;
    }

    /** An account as the list shows it; never its password hash. */
    record Row(
            String username,
            String displayName,
            Role role,
            Set<String> neighbourhoods,
            boolean telegramLinked,
            boolean enabled,
            OffsetDateTime createdAt) {

        static Row of(Account a) {
            return new Row(
                    a.getUsername(),
                    a.getDisplayName(),
                    a.getRole(),
                    a.neighbourhoodCodes(),
                    a.getTelegramUserId() != null,
                    a.isEnabled(),
                    ApiTime.format(a.getCreatedAt()));
        }
    }

    @GetMapping("/console/accounts")
    String list(Model model) {
        model.addAttribute("accountForm", new ConsoleAccountForm());
        return page(model);
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
                Account opened = accounts.open(form.toNewAccount(), me.getUsername());
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
        return page(model);
    }

    @PostMapping("/console/accounts/{username}/disable")
    String disable(
            @PathVariable String username, @AuthenticationPrincipal OfficialUser me, RedirectAttributes redirect) {
        accounts.disable(username, me.getUsername());
        redirect.addFlashAttribute("notice", texts.get("console.account.disabled", username));
        return "redirect:/console/accounts";
    }

    private String page(Model model) {
        List<Row> rows = accounts.all().stream().map(Row::of).toList();
        model.addAttribute("accounts", rows);
        return "console/accounts";
    }
}
