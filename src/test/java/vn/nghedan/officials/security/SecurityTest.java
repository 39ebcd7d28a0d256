package vn.nghedan.officials.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.nghedan.officials.ApiTestSupport;
import vn.nghedan.officials.accounts.Role;

/** Who gets in where: API (HTTP Basic, JSON errors), actuator, sandbox, console form login. */
class SecurityTest extends ApiTestSupport {

    @Test
    void apiWithoutCredentialsIsRefusedWithJsonAndNoChallengeABrowserWouldCache() {
        Reply reply = get("/api/neighbourhoods", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).isNull();
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.json().get("error").asString()).isEqualTo("unauthorized");
        assertThat(reply.json().get("message").asString()).isNotBlank();
    }

    @Test
    void apiWithAWrongPasswordOrUnknownUserIsRefused() {
        Reply wrongPassword = get("/api/neighbourhoods", new Login("admin", "not the password"));
        Reply unknownUser = get("/api/neighbourhoods", new Login("nobody", ADMIN_PASSWORD));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.json().get("error").asString()).isEqualTo("unauthorized");
        assertThat(wrongPassword.header("WWW-Authenticate")).isNull();
        assertThat(unknownUser.status()).isEqualTo(401);
    }

    @Test
    void usernamesIgnoreCaseAndPasswordsMayHoldVietnameseLetters() {
        Reply reply = get("/api/neighbourhoods", new Login("Admin", ADMIN_PASSWORD));

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void neighbourhoodsAreListedWithCodeAndName() {
        Reply reply = get("/api/neighbourhoods", official(Role.VIEWER));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get(0).get("code").asString()).isEqualTo("K1");
        assertThat(reply.json().get(0).get("name").asString()).isEqualTo("Khóm 1");
        assertThat(reply.json().size()).isEqualTo(3);
    }

    @Test
    void aForbiddenStepIsA403InJson() {
        Reply reply = post("/api/sessions", official(Role.VIEWER), sessionJson("Đối thoại", 20, "\"K1\""));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("error").asString()).isEqualTo("forbidden");
    }

    @Test
    void healthIsPublicAndMetricsAreForWardAdmins() {
        Reply health = get("/actuator/health", null);
        assertThat(health.status()).isIn(200, 503);
        assertThat(health.json().has("status")).isTrue();

        assertThat(get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", official(Role.VIEWER)).status()).isEqualTo(403);
        Reply metrics = get("/actuator/prometheus", ADMIN);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_");
    }

    @Test
    void theSandboxNeedsNoSignIn() {
        Reply reply = send("POST", "/sandbox/no-such-page", null, "application/json", "{}");

        assertThat(reply.status()).isNotIn(401, 403);
        assertThat(reply.header("Location")).isNull();
    }

    @Test
    void theConsoleSendsStrangersToTheSignInPage() {
        Reply reply = get("/console/submissions", null);

        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.header("Location")).endsWith("/login");
    }

    @Test
    void theSignInPageIsVietnameseWithCsrfAndAStrictContentSecurityPolicy() {
        Reply page = get("/login", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Đăng nhập", "Mật khẩu", "name=\"_csrf\"");
        assertThat(page.header("Content-Security-Policy"))
                .isEqualTo("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                        + " frame-ancestors 'none'");
        assertThat(get("/css/login.css", null).status()).isEqualTo(200);
    }

    @Test
    void formSignInNeedsTheCsrfTokenAndTheRightPassword() {
        Reply page = get("/login", null);
        String cookie = page.header("Set-Cookie").split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();

        Reply withoutToken = signIn(cookie, "username=admin&password=" + encode(ADMIN_PASSWORD));
        Reply wrongPassword = signIn(cookie, "username=admin&password=wrong&_csrf=" + token.group(1));
        Reply signedIn =
                signIn(cookie, "username=admin&password=" + encode(ADMIN_PASSWORD) + "&_csrf=" + token.group(1));

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(wrongPassword.status()).isEqualTo(302);
        assertThat(wrongPassword.header("Location")).endsWith("/login?error");
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).doesNotContain("error");
    }

    private Reply signIn(String cookie, String form) {
        return send("POST", "/login", null, "application/x-www-form-urlencoded", form, "Cookie", cookie);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
