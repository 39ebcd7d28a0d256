package vn.nghedan.officials.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.nghedan.officials.ConsoleTestSupport;
import vn.nghedan.officials.accounts.AdminProperties;
import vn.nghedan.officials.accounts.FirstAdminBootstrap;
import vn.nghedan.officials.accounts.Role;

/**
 * The console over real HTTP: changing one's own password, a ward admin's reset, the printed
 * first-admin password that must be replaced, and sessions that end as soon as their account is
 * disabled or changed.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConsolePasswordsAndSessionsTest extends ConsoleTestSupport {

    private static final String ENDED = "/login?ended";

    @Test
    void anOfficialChangesTheirPasswordWithTheCurrentOneAndStaysSignedIn() {
        Login viewer = official(Role.VIEWER);
        Session session = signIn(viewer);
        Session elsewhere = signIn(viewer);

        Reply wrongCurrent = session.post(
                "/console/password",
                "current",
                "đoán bừa thôi",
                "new",
                "mật khẩu riêng mới",
                "repeat",
                "mật khẩu riêng mới");
        Reply differs = session.post(
                "/console/password", "current", viewer.password(), "new", "mật khẩu riêng mới", "repeat", "khác đi");
        Reply tooShort =
                session.post("/console/password", "current", viewer.password(), "new", "ngắn", "repeat", "ngắn");
        Reply changed = session.post(
                "/console/password",
                "current",
                viewer.password(),
                "new",
                "mật khẩu riêng mới",
                "repeat",
                "mật khẩu riêng mới");

        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.body()).contains("Mật khẩu hiện tại không đúng.");
        assertThat(differs.status()).isEqualTo(400);
        assertThat(differs.body()).contains("Hai lần nhập mật khẩu mới không giống nhau.");
        assertThat(tooShort.body()).contains("Mật khẩu cần ít nhất 10 ký tự.");
        assertThat(changed.status()).isEqualTo(302);
        assertThat(session.get("/").status()).isEqualTo(200);
        assertThat(session.get("/").body()).contains("Đổi mật khẩu");
        assertThat(elsewhere.get("/").header("Location")).endsWith(ENDED);
        assertThat(anonymous()
                        .post("/login", "username", viewer.username(), "password", viewer.password())
                        .header("Location"))
                .endsWith("/login?error");
        signIn(new Login(viewer.username(), "mật khẩu riêng mới"));
    }

    @Test
    void disablingAnAccountEndsItsConsoleSessionAtOnce() {
        Login head = official(Role.NEIGHBOURHOOD_HEAD, "K1");
        Session session = signIn(head);
        assertThat(session.get("/console/submissions").status()).isEqualTo(200);

        signIn(ADMIN).post("/console/accounts/" + head.username() + "/disable");

        Reply next = session.get("/console/submissions");
        assertThat(next.status()).isEqualTo(302);
        assertThat(next.header("Location")).endsWith(ENDED);
        assertThat(session.get(next.header("Location")).body()).contains("Phiên làm việc đã kết thúc");
        assertThat(session.get("/").header("Location")).endsWith("/login");
    }

    @Test
    void changingARoleEndsTheConsoleSessionThatHeldTheOldOne() {
        Login head = official(Role.NEIGHBOURHOOD_HEAD, "K1");
        Session session = signIn(head);
        assertThat(session.get("/console/submissions/new").status()).isEqualTo(200);

        post("/api/accounts/" + head.username() + "/role", ADMIN, "{\"role\": \"VIEWER\"}");

        assertThat(session.get("/console/submissions/new").header("Location")).endsWith(ENDED);
        assertThat(signIn(head).get("/console/submissions/new").status()).isEqualTo(403);
    }

    @Test
    void aPasswordResetByTheAdminMustBeReplacedAtTheNextSignIn() {
        Login head = official(Role.NEIGHBOURHOOD_HEAD, "K2");
        Session before = signIn(head);
        Session admin = signIn(ADMIN);

        Reply tooShort = admin.post("/console/accounts/" + head.username() + "/password", "password", "ngắn");
        Reply reset = admin.post("/console/accounts/" + head.username() + "/password", "password", "quản trị đặt hộ");

        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("Mật khẩu cần ít nhất 10 ký tự.");
        assertThat(reset.status()).isEqualTo(302);
        assertThat(admin.get("/console/accounts").body()).contains("Đã đặt lại mật khẩu của " + head.username());
        assertThat(before.get("/").header("Location")).endsWith(ENDED);
        Login given = new Login(head.username(), "quản trị đặt hộ");
        Session after = signIn(given);
        assertMustChange(after, given, "mật khẩu của tôi đây");
    }

    /** An account the bootstrap made with a printed password, as on a fresh installation. */
    @Test
    void thePrintedFirstAdminPasswordMustBeChangedAtTheFirstConsoleSignIn(CapturedOutput output) {
        String username = "chu-tich-" + Long.toString(System.nanoTime(), 36);
        new FirstAdminBootstrap(new AdminProperties(username, "", ""), accounts).ensureFirstAdmin();
        Matcher printed = Pattern.compile("'" + username + "' created with password: (\\S{16}) ")
                .matcher(output.getOut());
        assertThat(printed.find()).isTrue();
        Login first = new Login(username, printed.group(1));

        // a script on the API is not stopped (it has no page to be sent to)
        assertThat(get("/api/sessions", first).status()).isEqualTo(200);
        assertMustChange(signIn(first), first, "chủ tịch tự đặt");
    }

    /** A password from ADMIN_PASSWORD was chosen by the operator and is not printed: no detour. */
    @Test
    void aFirstAdminPasswordFromTheSettingsIsNotForcedToChange() {
        String username = "pho-chu-tich-" + Long.toString(System.nanoTime(), 36);
        new FirstAdminBootstrap(new AdminProperties(username, "mật khẩu từ biến môi trường", ""), accounts)
                .ensureFirstAdmin();

        Session session = signIn(new Login(username, "mật khẩu từ biến môi trường"));

        assertThat(session.get("/console/sessions").status()).isEqualTo(200);
    }

    private void assertMustChange(Session session, Login login, String ownPassword) {
        for (String page : new String[] {"/", "/console/submissions", "/console/accounts", "/console/sessions/new"}) {
            Reply reply = session.get(page);
            assertThat(reply.status()).as(page).isEqualTo(302);
            assertThat(reply.header("Location")).as(page).endsWith("/console/password");
        }
        Reply form = session.get("/console/password");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Hãy đặt mật khẩu của riêng bạn");
        assertThat(session.post("/console/sessions").header("Location")).endsWith("/console/password");
        assertThat(session.get("/console/console.css").status()).isEqualTo(200);
        Reply same = session.post(
                "/console/password", "current", login.password(), "new", login.password(), "repeat", login.password());
        assertThat(same.body()).contains("Mật khẩu mới phải khác mật khẩu hiện tại.");

        Reply changed = session.post(
                "/console/password", "current", login.password(), "new", ownPassword, "repeat", ownPassword);

        assertThat(changed.status()).isEqualTo(302);
        assertThat(session.get("/").status()).isEqualTo(200);
        assertThat(session.get("/console/sessions").status()).isEqualTo(200);
        assertThat(accounts.get(login.username()).mustChangePassword()).isFalse();
    }
}
