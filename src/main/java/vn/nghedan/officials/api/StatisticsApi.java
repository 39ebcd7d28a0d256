package vn.nghedan.officials.api;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.core.ProvinceFigures;

/**
 * {@code GET /api/statistics/wards}: the province dashboard's figures per ward (submissions,
 * answered, resolution rate, results published within 10 days, overdue answers, by channel) —
 * every ward for a province admin, their own for a ward admin.
 */
@RestController
class StatisticsApi {

    record WardView(
            String ward,
            String name,
            long submissions,
            long answered,
            int resolutionPercent,
            long sessionsResultsDue,
            long sessionsResultsInTime,
            int resultsInTimePercent,
            long overdueAnswers,
            long telegram,
            long zalo,
            long web,
            long office) {}

    private final ProvinceFigures figures;

    StatisticsApi(ProvinceFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/statistics/wards")
    List<WardView> wards(@AuthenticationPrincipal OfficialUser me) {
        return figures.compare(me.scope()).stream()
                .map(w -> new WardView(
                        w.code(),
                        w.name(),
                        w.submissions(),
                        w.answered(),
                        w.resolutionPercent(),
                        w.resultsDue(),
                        w.resultsInTime(),
                        w.resultsInTimePercent(),
                        w.overdue(),
                        w.telegram(),
                        w.zalo(),
                        w.web(),
                        w.office()))
                .toList();
    }
}
