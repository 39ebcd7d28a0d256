package vn.nghedan.officials.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.nghedan.officials.accounts.Account;
import vn.nghedan.officials.accounts.Accounts;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.core.OfficialScopes;
import vn.nghedan.officials.security.LiveAccountCheck;
import vn.nghedan.platform.InvalidInputException;

/**
 * {@code /console/password}: every official changes their own password, the current one
 * required. An account whose password someone else knows (the printed first-admin one, or one a
 * ward admin reset) is sent here by {@link LiveAccountCheck} until it has chosen its own.
 *
 * <p>Public because {@code security} uses it.
 */
@ConsoleController
public class ConsolePasswordController {

    public static final String PATH = "/console/password";

    private final Accounts accounts;
    private final ConsoleTexts texts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    private final OfficialScopes scopes;

    ConsolePasswordController(Accounts accounts, ConsoleTexts texts, OfficialScopes scopes) {
        this.accounts = accounts;
        this.texts = texts;
        this.scopes = scopes;
    }

    @GetMapping(PATH)
    String show(@AuthenticationPrincipal OfficialUser me, Model model) {
        return page(me, model, Map.of());
    }

    @PostMapping(PATH)
    String change(
            @RequestParam(defaultValue = "") String current,
            @RequestParam(name = "new", defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String repeat,
            @AuthenticationPrincipal OfficialUser me,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!newPassword.equals(repeat)) {
            errors.put("repeat", texts.get("console.password.repeat-differs"));
        } else {
            try {
                Account changed = accounts.changeOwnPassword(me.getUsername(), current, newPassword);
                keepSignedIn(changed, request, response);
                redirect.addFlashAttribute("notice", texts.get("console.password.changed"));
                return "redirect:/";
            } catch (InvalidInputException e) {
                errors.put(e.field(), texts.invalidInput(e));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(me, model, errors);
    }

    /**
     * The account has a new version now, which would end this session too: this one carries on
     * with the account as it is (and a new session id); the official's other sessions end.
     */
    private void keepSignedIn(Account changed, HttpServletRequest request, HttpServletResponse response) {
        OfficialUser fresh = OfficialUser.of(changed, scopes);
        fresh.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }

    private String page(OfficialUser me, Model model, Map<String, String> errors) {
        model.addAttribute("mustChange", accounts.get(me.getUsername()).mustChangePassword());
        model.addAttribute("errors", errors);
        model.addAttribute("minLength", Accounts.MIN_PASSWORD);
        return "console/password";
    }
}
