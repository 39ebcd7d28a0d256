package vn.nghedan.officials.console;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where the security chain sends a step the official's role does not allow (a viewer's form
 * post, a head opening the accounts page): a 403 page in their language instead of a bare error.
 *
 * <p>Public because {@code security} and the tests of the module root use it.
 */
@ConsoleController
public class ConsoleDeniedPage {

    public static final String PATH = "/console/denied";

    private final ConsoleTexts texts;

    ConsoleDeniedPage(ConsoleTexts texts) {
        this.texts = texts;
    }

    /** Any method: the chain forwards the refused request as it came, a POST included. */
    @RequestMapping(PATH)
    String show(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("status", HttpStatus.FORBIDDEN.value());
        model.addAttribute("errorMessage", texts.get("console.error.forbidden"));
        return ConsoleExceptionHandler.VIEW;
    }
}
