package vn.nghedan.officials.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.nghedan.officials.ApiTestSupport;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.submission.Submission;

/** {@code /api/accounts} over real HTTP: who may, what is refused and why, what takes effect at once. */
class AccountApiTest extends ApiTestSupport {

    private static String fresh(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    private static String accountJson(String username, String password, String role, String neighbourhoods) {
        return """
                {"username": "%s", "password": "%s", "displayName": "Trần Thị Bích",
                 "role": "%s", "neighbourhoods": [%s]}""".formatted(username, password, role, neighbourhoods);
    }

    @Test
    void aWardAdminOpensAHeadWhoCanThenUseTheApiForTheirKhom() {
        String username = fresh("truong-k3");

        Reply opened =
                post("/api/accounts", ADMIN, accountJson(username, "mật khẩu khóm ba", "NEIGHBOURHOOD_HEAD", "\"K3\""));

        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.header("Location")).endsWith("/api/accounts/" + username);
        JsonNode body = opened.json();
        assertThat(body.get("username").asString()).isEqualTo(username);
        assertThat(body.get("displayName").asString()).isEqualTo("Trần Thị Bích");
        assertThat(body.get("role").asString()).isEqualTo("NEIGHBOURHOOD_HEAD");
        assertThat(body.get("neighbourhoods").get(0).asString()).isEqualTo("K3");
        assertThat(body.get("enabled").asBoolean()).isTrue();
        assertThat(opened.body()).doesNotContain("mật khẩu khóm ba", "bcrypt", "password");
        Login head = new Login(username, "mật khẩu khóm ba");
        assertThat(get("/api/submissions", head).status()).isEqualTo(200);
        Reply list = get("/api/accounts", ADMIN);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("\"" + username + "\"").doesNotContain("bcrypt");
        assertThat(auditActions(username)).contains("ACCOUNT_OPENED");
    }

    @Test
    void onlyAWardAdminManagesAccounts() {
        Login viewer = official(Role.VIEWER);
        Login head = official(Role.NEIGHBOURHOOD_HEAD, "K1");
        String body = accountJson(fresh("ke-la"), "mật khẩu đủ dài", "WARD_ADMIN", "");

        assertThat(post("/api/accounts", viewer, body).status()).isEqualTo(403);
        assertThat(post("/api/accounts", head, body).status()).isEqualTo(403);
        assertThat(get("/api/accounts", viewer).status()).isEqualTo(403);
        assertThat(get("/api/accounts", head).json().get("error").asString()).isEqualTo("forbidden");
        assertThat(post("/api/accounts/admin/disable", head, null).status()).isEqualTo(403);
        assertThat(post("/api/accounts/admin/password", viewer, "{\"new\": \"chiếm quyền quản trị\"}")
                        .status())
                .isEqualTo(403);
        assertThat(post("/api/accounts", null, body).status()).isEqualTo(401);
    }

    @Test
    void badRequestsAreRefusedNamingTheField() {
        String taken = fresh("da-co");
        post("/api/accounts", ADMIN, accountJson(taken, "mật khẩu đủ dài", "VIEWER", ""));

        Reply unknownKhom = post(
                "/api/accounts", ADMIN, accountJson(fresh("k9"), "mật khẩu đủ dài", "NEIGHBOURHOOD_HEAD", "\"K9\""));
        Reply headWithoutKhom =
                post("/api/accounts", ADMIN, accountJson(fresh("k0"), "mật khẩu đủ dài", "NEIGHBOURHOOD_HEAD", ""));
        Reply shortPassword = post("/api/accounts", ADMIN, accountJson(fresh("ngan"), "123456789", "VIEWER", ""));
        Reply duplicate =
                post("/api/accounts", ADMIN, accountJson(taken.toUpperCase(), "mật khẩu khác hẳn", "VIEWER", ""));
        Reply unknownRole = post("/api/accounts", ADMIN, accountJson(fresh("tinh"), "mật khẩu đủ dài", "KING", ""));
        String groupId = accountJson(fresh("nhom"), "mật khẩu đủ dài", "VIEWER", "")
                .replaceFirst("\\{", "{\"telegramUserId\": -1001234567890, ");
        Reply groupAsPerson = post("/api/accounts", ADMIN, groupId);

        assertError(unknownKhom, 400, "neighbourhoods", "K9");
        assertError(headWithoutKhom, 400, "neighbourhoods", "Trưởng khóm");
        assertError(shortPassword, 400, "password", "10 ký tự");
        assertError(duplicate, 409, "username", taken);
        assertError(unknownRole, 400, "role", "WARD_ADMIN");
        // A group's (negative) id is no person's: refused, as the console refuses it.
        assertError(groupAsPerson, 400, "telegramUserId", "số dương");
    }

    @Test
    void aDisabledAccountIsRefusedAtOnceAndUnknownOnesAre404() {
        Login viewer = official(Role.VIEWER);
        assertThat(get("/api/neighbourhoods", viewer).status()).isEqualTo(200);

        Reply disabled = post("/api/accounts/" + viewer.username() + "/disable", ADMIN, null);

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(get("/api/neighbourhoods", viewer).status()).isEqualTo(401);
        assertThat(post("/api/accounts/khong-co-ai/disable", ADMIN, null).status())
                .isEqualTo(404);
        assertThat(post("/api/accounts/admin/disable", ADMIN, null).status()).isEqualTo(409);
    }

    @Test
    void everyOfficialChangesTheirOwnPasswordWithTheCurrentOne() {
        Login viewer = official(Role.VIEWER);
        String path = "/api/accounts/me/password";

        Reply wrongCurrent = post(path, viewer, "{\"current\": \"không phải nó\", \"new\": \"mật khẩu mới toanh\"}");
        Reply tooShort = post(path, viewer, "{\"current\": \"%s\", \"new\": \"ngắn\"}".formatted(viewer.password()));
        Reply changed = post(
                path, viewer, "{\"current\": \"%s\", \"new\": \"mật khẩu mới toanh\"}".formatted(viewer.password()));

        assertError(wrongCurrent, 400, "current", "Mật khẩu hiện tại không đúng");
        assertError(tooShort, 400, "new", "10 ký tự");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(get("/api/neighbourhoods", viewer).status()).isEqualTo(401);
        assertThat(get("/api/neighbourhoods", new Login(viewer.username(), "mật khẩu mới toanh"))
                        .status())
                .isEqualTo(200);
        assertThat(auditActions(viewer.username())).contains("PASSWORD_CHANGED");
    }

    @Test
    void aWardAdminResetsAnothersPasswordWhichTheyMustThenChange() {
        Login head = official(Role.NEIGHBOURHOOD_HEAD, "K2");

        Reply reset = post("/api/accounts/" + head.username() + "/password", ADMIN, "{\"new\": \"quản trị đặt lại\"}");

        assertThat(reset.status()).isEqualTo(204);
        assertThat(get("/api/neighbourhoods", head).status()).isEqualTo(401);
        Login renewed = new Login(head.username(), "quản trị đặt lại");
        assertThat(get("/api/neighbourhoods", renewed).status()).isEqualTo(200);
        assertThat(get("/api/accounts/" + head.username(), ADMIN)
                        .json()
                        .get("mustChangePassword")
                        .asBoolean())
                .isTrue();
        assertThat(auditActions(head.username())).contains("PASSWORD_RESET");
        Reply own = post("/api/accounts/admin/password", ADMIN, "{\"new\": \"không cần mật khẩu cũ\"}");
        assertThat(own.status()).as("one's own takes the current password").isEqualTo(409);
        assertThat(own.json().get("message").asString()).contains("Đổi mật khẩu");
    }

    @Test
    void aNewRoleTakesEffectOnTheNextCall() {
        Login head = official(Role.NEIGHBOURHOOD_HEAD, "K1");
        Submission own = file("K1", "Đèn đường hẻm 5 hư " + System.nanoTime(), false);
        String reject = "{\"status\": \"REJECTED\", \"reason\": \"\"}";
        assertThat(post("/api/submissions/" + own.number() + "/status", head, reject)
                        .status())
                .isEqualTo(400);

        Reply changed = post(
                "/api/accounts/" + head.username() + "/role", ADMIN, "{\"role\": \"VIEWER\", \"neighbourhoods\": []}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("role").asString()).isEqualTo("VIEWER");
        assertThat(post("/api/submissions/" + own.number() + "/status", head, reject)
                        .status())
                .isEqualTo(403);
        assertThat(post("/api/accounts/admin/role", ADMIN, "{\"role\": \"VIEWER\"}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void writesThatAreNotJsonAre415AndChangeNothing() {
        String username = fresh("form");
        String form = "username=" + username + "&password=mat-khau-du-dai&role=WARD_ADMIN";

        Reply asForm = send("POST", "/api/accounts", ADMIN, "application/x-www-form-urlencoded", form);
        Reply asText = send(
                "POST", "/api/accounts", ADMIN, "text/plain", accountJson(username, "mật khẩu đủ dài", "VIEWER", ""));
        Reply wildcard =
                send("POST", "/api/accounts", ADMIN, "*/*", accountJson(username, "mật khẩu đủ dài", "VIEWER", ""));
        Reply anonymousForm = send("POST", "/api/accounts", null, "multipart/form-data; boundary=x", "--x--");

        for (Reply reply : new Reply[] {asForm, asText, wildcard, anonymousForm}) {
            assertThat(reply.status()).isEqualTo(415);
            assertThat(reply.json().get("error").asString()).isEqualTo("unsupported_media_type");
            assertThat(reply.json().get("message").asString()).contains("application/json");
        }
        assertThat(accounts.byUsername(username)).isEmpty();
        Reply withCharset = send(
                "POST",
                "/api/accounts",
                ADMIN,
                "application/json; charset=UTF-8",
                accountJson(username, "mật khẩu đủ dài", "VIEWER", ""));
        assertThat(withCharset.status()).isEqualTo(201);
        // a step without a body needs no type (curl -X POST): it reaches the rules, here "not yourself"
        assertThat(send("POST", "/api/accounts/admin/disable", ADMIN, null, null)
                        .status())
                .isEqualTo(409);
    }

    private static void assertError(Reply reply, int status, String field, String messagePart) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.json().get("field").asString()).isEqualTo(field);
        assertThat(reply.json().get("message").asString()).contains(messagePart);
        assertThat(reply.json().get("error").asString()).isNotBlank();
    }
}
