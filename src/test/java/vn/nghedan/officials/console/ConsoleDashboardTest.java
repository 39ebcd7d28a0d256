package vn.nghedan.officials.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.nghedan.officials.ConsoleTestSupport;

/** The dashboard counts what the official may see. */
class ConsoleDashboardTest extends ConsoleTestSupport {

    @Test
    void theDashboardShowsCountsAndTheWeeklyChart() {
        file("K1", "Đèn đường hẻm 3 không sáng", false);
        Session admin = signIn(ADMIN);

        Reply page = admin.get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Tổng quan", "<svg", "Khóm 1", "Theo kênh tiếp nhận");
    }
}
