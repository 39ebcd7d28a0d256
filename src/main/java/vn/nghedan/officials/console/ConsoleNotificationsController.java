package vn.nghedan.officials.console;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.nghedan.notification.OutboxReport;

/** {@code /console/notifications}: whether the bot's messages are getting out (ward admins). */
@ConsoleController
class ConsoleNotificationsController {

    private final OutboxReport outbox;

    ConsoleNotificationsController(OutboxReport outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/console/notifications")
    String show(Model model) {
        model.addAttribute("report", outbox.report());
        return "console/notifications";
    }
}
