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

    @Test
    void aHeldSessionIsListedUntilItsResultsArePublished() {
        String title = "Đối thoại chờ kết quả " + System.nanoTime();
        long id = planSession(title, 8, "\"K2\"");
        clock.advance(java.time.Duration.ofDays(9));
        assertThat(post("/api/sessions/" + id + "/held", ADMIN, null).status()).isEqualTo(200);
        Session admin = signIn(ADMIN);

        assertThat(admin.get("/").body()).contains("Kết quả phải công bố", title, "còn 9 ngày để công bố kết quả");
        assertThat(post("/api/sessions/" + id + "/results/publish", ADMIN, null).status())
                .isEqualTo(200);
        assertThat(admin.get("/").body()).doesNotContain(title);
    }
}
