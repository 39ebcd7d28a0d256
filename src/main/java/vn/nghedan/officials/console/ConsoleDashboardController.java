package vn.nghedan.officials.console;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.nghedan.officials.accounts.OfficialUser;

/** {@code /}: where an official lands after signing in — the ward (or their khóm) at a glance. */
@ConsoleController
class ConsoleDashboardController {

    private final ConsoleStatistics statistics;
    private final ConsoleLegalClocks clocks;

    ConsoleDashboardController(ConsoleStatistics statistics, ConsoleLegalClocks clocks) {
        this.statistics = statistics;
        this.clocks = clocks;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal OfficialUser me, Model model) {
        model.addAttribute("overview", statistics.overview(me));
        model.addAttribute("next", clocks.next(me).orElse(null));
        model.addAttribute("awaitingResults", clocks.awaitingResults(me));
        return "console/dashboard";
    }
}
