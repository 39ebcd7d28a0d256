package vn.nghedan.officials.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.nghedan.officials.ApiTestSupport;

/**
 * Addresses an unexpected client sends: broken percent-escapes, encoded slashes and NULs, path
 * parameters, runaway headers. Whatever refuses them (Tomcat, the security firewall, the
 * parameter decoding), the API answers its own JSON error and a resident's browser a short
 * Vietnamese page — never a 500, a stack trace, Tomcat's English page or Spring Boot's
 * {@code {timestamp, status, path}}.
 */
class OddAddressesTest extends ApiTestSupport {

    @Test
    void aQueryThatIsNotUtf8Is400NamingTheParameterNot500() {
        assertApiError(get("/api/submissions?q=%E2", ADMIN), 400, "bad_request", "q");
        assertApiError(get("/api/public/similar?neighbourhood=K1&text=%E2%82", null), 400, "bad_request", "text");
    }

    @Test
    void addressesTomcatRefusesAnswerTheApisBody() {
        assertApiError(get("/api/sessions/..%2F..%2Fetc%2Fpasswd", ADMIN), 400, "bad_request", null);
        assertApiError(get("/api/public/follow/%00", null), 400, "bad_request", null);
        Reply hugeCredential =
                send("GET", "/api/neighbourhoods", null, null, null, "Authorization", "Basic " + "QUJD".repeat(5000));
        assertThat(hugeCredential.status()).isBetween(400, 431);
        assertThat(hugeCredential.header("Content-Type")).startsWith("application/json");
        assertThat(hugeCredential.json().get("message").asString()).isNotBlank();
    }

    @Test
    void addressesTheFirewallRefusesAnswerTheApisBody() {
        for (String path : new String[] {"/api/sessions/1;a=b", "/api/sessions/%2e%2e/%2e%2e/"}) {
            Reply reply = get(path, ADMIN);
            assertApiError(reply, 400, "bad_request", null);
            assertThat(reply.json().has("timestamp")).as(path).isFalse();
            assertThat(reply.json().get("message").asString()).as(path).isEqualTo("Yêu cầu không hợp lệ.");
        }
    }

    @Test
    void aResidentFollowingABrokenLinkGetsAVietnamesePage() {
        Reply unknown = send("GET", "/y-kien/khong-co", null, null, null, "Accept", "text/html");
        assertVietnamesePage(unknown, 404);
        assertThat(unknown.body()).contains("Không tìm thấy trang này.", "href=\"/y-kien\"");

        assertVietnamesePage(send("GET", "/y-kien?khom=%E2", null, null, null, "Accept", "text/html"), 400);
        assertVietnamesePage(send("GET", "/y-kien/theo-doi/..%2f", null, null, null, "Accept", "text/html"), 400);
    }

    @Test
    void theTelegramWebhookPathIsNotFoundWhileTheBotPolls() {
        Reply update = send("POST", "/telegram/webhook", null, "application/json", "{\"update_id\":1}");
        assertThat(update.status()).isEqualTo(404);
        assertThat(update.header("Location")).as("not the console's login").isNull();
        assertThat(send("GET", "/telegram/webhook", null, null, null).status()).isEqualTo(404);
    }

    private static void assertVietnamesePage(Reply reply, int status) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.body())
                .contains("lang=\"vi\"")
                .doesNotContain("Whitelabel", "Tomcat", "HTTP Status", "Exception");
    }

    private static void assertApiError(Reply reply, int status, String error, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.json().get("error").asString()).isEqualTo(error);
        assertThat(reply.json().get("message").asString()).isNotBlank();
        if (field != null) {
            assertThat(reply.json().get("field").asString()).isEqualTo(field);
        }
        assertThat(reply.body()).doesNotContain("Exception", "at org.");
    }
}
