package vn.nghedan.officials.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.nghedan.officials.ApiTestSupport;

/** The first ward-admin account of a fresh installation, and its password printed once at most. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminBootstrapTest extends ApiTestSupport {

    private static final Pattern PRINTED =
            Pattern.compile("First admin account '([^']+)' created with password: (\\S{16})  — change it");

    @Test
    void withoutAPasswordARandomOneIsPrintedOnceAndWorks(CapturedOutput output) {
        String username = "chu-tich-" + System.nanoTime();
        FirstAdminBootstrap bootstrap = new FirstAdminBootstrap(new AdminProperties(username, "", ""), accounts);

        bootstrap.ensureFirstAdmin();
        bootstrap.ensureFirstAdmin();

        Matcher printed = PRINTED.matcher(output.getOut());
        assertThat(printed.find()).isTrue();
        assertThat(printed.group(1)).isEqualTo(username);
        String password = printed.group(2);
        assertThat(printed.find()).as("printed a second time").isFalse();
        assertThat(output.getOut()).containsOnlyOnce(password);
        assertThat(output.getOut()).contains(" WARN ");
        assertThat(accounts.byUsername(username).orElseThrow().getRole()).isEqualTo(Role.WARD_ADMIN);
        assertThat(get("/api/sessions", new Login(username, password)).status()).isEqualTo(200);
    }

    @Test
    void aGivenPasswordIsUsedAndNeverLogged(CapturedOutput output) {
        String username = "pho-chu-tich-" + System.nanoTime();
        String password = "Một mật khẩu đủ dài 2026";

        new FirstAdminBootstrap(new AdminProperties(username, password, ""), accounts).ensureFirstAdmin();

        assertThat(output.getAll()).contains("First admin account '" + username + "' created");
        assertThat(output.getAll()).doesNotContain(password);
        assertThat(get("/api/sessions", new Login(username, password)).status()).isEqualTo(200);
    }

    @Test
    void anExistingAccountIsLeftAsItIs(CapturedOutput output) {
        new FirstAdminBootstrap(new AdminProperties("admin", "", ""), accounts).ensureFirstAdmin();

        assertThat(output.getAll()).doesNotContain("First admin account");
        assertThat(get("/api/sessions", ADMIN).status()).isEqualTo(200);
    }

    @Test
    void theAccountFromTheSettingsExistsAtStart() {
        assertThat(accounts.byUsername("admin").orElseThrow().getRole()).isEqualTo(Role.WARD_ADMIN);
    }
}
