package vn.nghedan.officials.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.nghedan.officials.security.LoginThrottle;

/** The console's sign-in form; Spring Security handles the POST. */
@Controller
class LoginPage {

    @GetMapping("/login")
    String show(Model model) {
        model.addAttribute("lockMinutes", LoginThrottle.LOCK.toMinutes());
        return "login";
    }
}
