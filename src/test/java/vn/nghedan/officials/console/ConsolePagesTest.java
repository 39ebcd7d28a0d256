package vn.nghedan.officials.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.nghedan.officials.ConsoleTestSupport;
import vn.nghedan.submission.Submission;

/** Every console page renders, in Vietnamese by default and in English on request. */
class ConsolePagesTest extends ConsoleTestSupport {

    @Test
    void everyPageRendersForAWardAdmin() {
        Submission s = file("K1", "Đèn đường hẻm 3 không sáng", false);
        long session = planSession("Đối thoại quý IV", 20, "\"K1\"");
        Session admin = signIn(ADMIN);

        for (String path : new String[] {
            "/",
            "/console/submissions",
            "/console/submissions/" + s.number(),
            "/console/submissions/new",
            "/console/sessions",
            "/console/sessions/new",
            "/console/sessions/" + session,
            "/console/sessions/" + session + "/edit",
            "/console/neighbourhoods",
            "/console/notifications",
            "/console/accounts"
        }) {
            Reply page = admin.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("Đăng xuất").doesNotContain("??");
        }
    }
}
