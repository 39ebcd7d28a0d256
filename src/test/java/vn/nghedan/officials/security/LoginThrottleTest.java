package vn.nghedan.officials.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.nghedan.officials.ConsoleTestSupport;
import vn.nghedan.officials.TestClock;
import vn.nghedan.officials.accounts.Role;

/**
 * Ten wrong passwords for one username from one address lock that pair, API and console alike,
 * even for the right password; the time runs out; the audit log has every attempt.
 */
class LoginThrottleTest extends ConsoleTestSupport {

    @Test
    void theApiAnswers429AfterTenFailuresEvenForTheRightPassword() {
        Login viewer = official(Role.VIEWER);
        Login wrong = new Login(viewer.username(), "sai mật khẩu rồi");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(get("/api/neighbourhoods", wrong).status()).isEqualTo(401);
        }

        Reply locked = get("/api/neighbourhoods", viewer);

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Content-Type")).startsWith("application/json");
        assertThat(locked.json().get("error").asString()).isEqualTo("too_many_requests");
        assertThat(locked.json().get("message").asString()).contains("quá nhiều lần");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(5 * 60L, 15 * 60L);
        assertThat(locked.header("WWW-Authenticate")).isNull();
        // another official from the same address is not concerned
        assertThat(get("/api/neighbourhoods", ADMIN).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(5));
        assertThat(get("/api/neighbourhoods", viewer).status()).isEqualTo(429);
        clock.advance(LoginThrottle.LOCK);
        assertThat(get("/api/neighbourhoods", viewer).status()).isEqualTo(200);

        assertThat(auditActions(viewer.username()))
                .filteredOn("LOGIN_FAILED"::equals)
                .hasSize(LoginThrottle.MAX_FAILURES);
        assertThat(auditActions(viewer.username())).contains("LOGIN_THROTTLED", "LOGIN_SUCCEEDED");
    }

    @Test
    void theConsoleSignInPageSaysSoClearly() {
        Login head = official(Role.NEIGHBOURHOOD_HEAD, "K1");
        Session browser = anonymous();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            Reply failed = browser.post("/login", "username", head.username(), "password", "đoán mò " + i);
            assertThat(failed.header("Location")).endsWith("/login?error");
        }

        Reply locked = browser.post("/login", "username", head.username(), "password", head.password());

        assertThat(locked.status()).isEqualTo(302);
        assertThat(locked.header("Location")).endsWith("/login?locked");
        assertThat(browser.get(locked.header("Location")).body())
                .contains("Đã sai mật khẩu quá nhiều lần với tên đăng nhập này từ máy này. Xin thử lại sau 15 phút.");
        assertThat(get("/api/neighbourhoods", head).status()).isEqualTo(429);
    }

    @Test
    void successfulSignInsAreAudited() {
        Login viewer = official(Role.VIEWER);

        signIn(viewer);
        get("/api/neighbourhoods", viewer);
        get("/api/neighbourhoods", viewer);

        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE target = ? AND action = 'LOGIN_SUCCEEDED' ORDER BY id")
                        .param(viewer.username())
                        .query(String.class)
                        .list())
                .as("the console sign-in, then the API once an hour")
                .hasSize(2)
                .anySatisfy(detail -> assertThat(detail).startsWith("console "))
                .anySatisfy(detail -> assertThat(detail).startsWith("api "));
    }

    @Test
    void theKeyIsUsernameAndAddressTogetherAndOldFailuresFade() {
        TestClock time = new TestClock();
        LoginThrottle throttle = new LoginThrottle(time);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            assertThat(throttle.failed("admin", "203.0.113.9")).isFalse();
        }
        assertThat(throttle.failed("admin", "203.0.113.9")).isTrue();

        assertThat(throttle.lockedUntil("admin", "203.0.113.9")).isNotNull();
        assertThat(throttle.lockedUntil("admin", "192.168.1.20"))
                .as("the admin at the office")
                .isNull();
        assertThat(throttle.lockedUntil("truong-k1", "203.0.113.9")).isNull();

        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("truong-k1", "192.168.1.21");
        }
        time.advance(LoginThrottle.WINDOW.plusSeconds(1));
        assertThat(throttle.failed("truong-k1", "192.168.1.21"))
                .as("nine failures older than the window do not count")
                .isFalse();
        time.advance(LoginThrottle.LOCK);
        assertThat(throttle.lockedUntil("admin", "203.0.113.9")).isNull();
    }
}
