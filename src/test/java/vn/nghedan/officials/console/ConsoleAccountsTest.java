package vn.nghedan.officials.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.nghedan.officials.ConsoleTestSupport;
import vn.nghedan.officials.accounts.Role;

/** The accounts page: ward admins open and disable accounts; nobody else gets in. */
class ConsoleAccountsTest extends ConsoleTestSupport {

    @Test
    void anAdminOpensAHeadAccountWhoCanThenSignIn() {
        Session admin = signIn(ADMIN);
        String username = "truong-khom-" + Long.toString(System.nanoTime(), 36);

        Reply opened = admin.post(
                "/console/accounts",
                "username",
                username,
                "password",
                "mật khẩu dài",
                "displayName",
                "Lê Văn Tám",
                "role",
                "NEIGHBOURHOOD_HEAD",
                "neighbourhoods",
                "K3");

        assertThat(opened.status()).isEqualTo(302);
        assertThat(admin.get("/console/accounts").body()).contains(username, "Lê Văn Tám", "Đã mở tài khoản");
        Session head = signIn(new Login(username, "mật khẩu dài"));
        assertThat(head.get("/").body()).contains("Lê Văn Tám", "Trưởng khóm");
    }

    @Test
    void mistakesAreShownBesideTheFieldsAndThePasswordIsNotEchoed() {
        Session admin = signIn(ADMIN);

        Reply reply =
                admin.post("/console/accounts", "username", "A!", "password", "ngắn", "role", "NEIGHBOURHOOD_HEAD");
        Reply noNeighbourhood = admin.post(
                "/console/accounts",
                "username",
                "head-" + Long.toString(System.nanoTime(), 36),
                "password",
                "một mật khẩu dài",
                "role",
                "NEIGHBOURHOOD_HEAD");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("Mật khẩu cần ít nhất 10 ký tự.").doesNotContain("value=\"ngắn\"");
        assertThat(noNeighbourhood.status()).isEqualTo(400);
        assertThat(noNeighbourhood.body()).contains("Trưởng khóm phải phụ trách ít nhất một khóm/ấp.");
    }

    @Test
    void aDisabledAccountCannotSignInAndNobodyDisablesThemselves() {
        Login viewer = official(Role.VIEWER);
        Session admin = signIn(ADMIN);

        Reply disabled = admin.post("/console/accounts/" + viewer.username() + "/disable");
        Reply self = admin.post("/console/accounts/admin/disable");

        assertThat(disabled.status()).isEqualTo(302);
        assertThat(admin.get("/console/accounts").body()).contains("Đã khóa");
        Session attempt = anonymous();
        Reply signIn = attempt.post("/login", "username", viewer.username(), "password", viewer.password());
        assertThat(signIn.header("Location")).endsWith("/login?error");
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.body()).contains("Không thể tự khóa");
        assertThat(auditActions(viewer.username())).contains("ACCOUNT_DISABLED");
    }

    @Test
    void anAdminMovesAHeadToAnotherKhomAndTheirOldSessionEnds() {
        Login head = official(Role.NEIGHBOURHOOD_HEAD, "K1");
        Session before = signIn(head);
        Session admin = signIn(ADMIN);

        Reply withoutKhom = admin.post("/console/accounts/" + head.username() + "/role", "role", "NEIGHBOURHOOD_HEAD");
        Reply moved = admin.post(
                "/console/accounts/" + head.username() + "/role", "role", "NEIGHBOURHOOD_HEAD", "neighbourhoods", "K3");

        assertThat(withoutKhom.status()).isEqualTo(400);
        assertThat(withoutKhom.body()).contains("Trưởng khóm phải phụ trách ít nhất một khóm/ấp.");
        assertThat(moved.status()).isEqualTo(302);
        assertThat(admin.get("/console/accounts").body()).contains("Đã đổi vai trò của " + head.username());
        assertThat(before.get("/").header("Location")).endsWith("/login?ended");
        assertThat(accounts.get(head.username()).neighbourhoodCodes()).containsExactly("K3");
        assertThat(auditActions(head.username())).contains("ACCOUNT_ROLE_CHANGED");
        assertThat(admin.post("/console/accounts/admin/role", "role", "VIEWER").status())
                .isEqualTo(409);
    }

    @Test
    void onlyWardAdminsReachTheAccountsPage() {
        assertThat(signIn(official(Role.NEIGHBOURHOOD_HEAD, "K1"))
                        .get("/console/accounts")
                        .status())
                .isEqualTo(403);
        assertThat(signIn(official(Role.VIEWER)).get("/console/accounts").status())
                .isEqualTo(403);
    }
}
