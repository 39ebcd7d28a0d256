package vn.nghedan.officials.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.nghedan.officials.ApiTestSupport;
import vn.nghedan.officials.accounts.Role;

/** {@code /api/sessions}: planning, reading, changing and running sessions through HTTP. */
class SessionApiTest extends ApiTestSupport {

    @Test
    void planningAnswers201WithTheSessionInTheWardsOffsetAndItsLocation() {
        OffsetDateTime start = clock.instant()
                .plus(Duration.ofDays(30))
                .atOffset(ZoneOffset.UTC)
                .withNano(0);
        String body = """
                {"title": "Đối thoại với Nhân dân khóm 1 và 2", "startsAt": "%s", "venue": "Hội trường UBND phường",
                 "neighbourhoods": ["K1", "k2"], "kind": "VOTER_MEETING", "chair": "Chủ tịch UBND phường",
                 "latitude": 10.29, "longitude": 105.76}""".formatted(start);

        Reply reply = post("/api/sessions", ADMIN, body);

        assertThat(reply.status()).isEqualTo(201);
        JsonNode session = reply.json();
        long id = session.get("id").asLong();
        assertThat(reply.header("Location")).endsWith("/api/sessions/" + id);
        assertThat(session.get("title").asString()).isEqualTo("Đối thoại với Nhân dân khóm 1 và 2");
        assertThat(session.get("kind").asString()).isEqualTo("VOTER_MEETING");
        assertThat(session.get("status").asString()).isEqualTo("PLANNED");
        assertThat(session.get("neighbourhoods").toString()).isEqualTo("[\"K1\",\"K2\"]");
        assertThat(session.get("chair").asString()).isEqualTo("Chủ tịch UBND phường");
        assertThat(session.get("latitude").asDouble()).isEqualTo(10.29);
        String startsAt = session.get("startsAt").asString();
        assertThat(startsAt).endsWith("+07:00");
        assertThat(OffsetDateTime.parse(startsAt).toInstant()).isEqualTo(start.toInstant());
        // no cut-off given: two days before the start
        assertThat(OffsetDateTime.parse(session.get("submissionsCloseAt").asString())
                        .toInstant())
                .isEqualTo(start.toInstant().minus(Duration.ofDays(2)));
        assertThat(session.get("warnings").size()).isZero();
        assertThat(auditActions("session " + id)).containsExactly("SESSION_PLANNED");
    }

    @Test
    void lessThanSevenDaysNoticeIsPlannedWithAWarningInTheCallersLanguage() {
        Reply reply = post("/api/sessions", ADMIN, sessionJson("Họp gấp", 3, "\"K1\""));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("warnings").get(0).asString())
                .contains("chưa đến 7 ngày")
                .doesNotContain("officials.warning");

        Reply english = send(
                "POST",
                "/api/sessions",
                ADMIN,
                "application/json",
                sessionJson("Urgent meeting", 3, "\"K1\""),
                "Accept-Language",
                "en");
        assertThat(english.status()).isEqualTo(201);
        assertThat(english.json().get("warnings").get(0).asString()).contains("less than 7 days");
    }

    @Test
    void sessionsAreListedSoonestFirstAndReadOneByOne() {
        long later = planSession("Phiên sau", 90, "\"K3\"");
        long sooner = planSession("Phiên trước", 40, "\"K3\"");

        Reply list = get("/api/sessions", official(Role.VIEWER));
        List<Long> ids = new ArrayList<>();
        list.json().values().forEach(s -> ids.add(s.get("id").asLong()));
        Reply one = get("/api/sessions/" + sooner, official(Role.NEIGHBOURHOOD_HEAD, "K3"));

        assertThat(list.status()).isEqualTo(200);
        assertThat(ids.indexOf(sooner)).isNotNegative().isLessThan(ids.indexOf(later));
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("title").asString()).isEqualTo("Phiên trước");
        assertThat(one.json().has("warnings")).isFalse();
    }

    @Test
    void anUnknownSessionIs404() {
        Reply reply = get("/api/sessions/987654", ADMIN);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("error").asString()).isEqualTo("not_found");
    }

    @Test
    void badSessionInputIs400NamingTheField() {
        Instant start = clock.instant().plus(Duration.ofDays(20));
        String future = start.atOffset(ZoneOffset.ofHours(7)).toString();

        assertBadRequest("{\"title\": \"x\", ", "body");
        assertBadRequest("", "body");
        assertBadRequest("""
                {"title": "Quá khứ", "startsAt": "2020-01-01T08:00:00+07:00", "venue": "Nhà văn hóa",
                 "neighbourhoods": ["K1"]}""", "startsAt");
        assertBadRequest(
                """
                {"title": "Hạn sau buổi", "startsAt": "%s", "submissionsCloseAt": "%s", "venue": "Nhà văn hóa",
                 "neighbourhoods": ["K1"]}""".formatted(future, start.plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC)), "submissionsCloseAt");
        assertBadRequest("""
                {"title": "Khóm lạ", "startsAt": "%s", "venue": "Nhà văn hóa", "neighbourhoods": ["K9"]}""".formatted(future), "neighbourhoods");
        assertBadRequest("""
                {"startsAt": "%s", "venue": "Nhà văn hóa", "neighbourhoods": ["K1"]}""".formatted(future), "title");
        assertBadRequest("""
                {"title": "Không múi giờ", "startsAt": "2030-12-10T08:00:00", "venue": "Nhà văn hóa",
                 "neighbourhoods": ["K1"]}""", "startsAt");
        assertBadRequest("""
                {"title": "Loại lạ", "kind": "PARTY", "startsAt": "%s", "venue": "Nhà văn hóa",
                 "neighbourhoods": ["K1"]}""".formatted(future), "kind");
        assertBadRequest("""
                {"title": "Tọa độ chữ", "latitude": "gần chợ", "startsAt": "%s", "venue": "Nhà văn hóa",
                 "neighbourhoods": ["K1"]}""".formatted(future), "latitude");
        // Far beyond any plan: refused, and the list of sessions still answers.
        assertBadRequest("""
                {"title": "Năm tỉ", "startsAt": "+999999999-12-31T23:59:59+07:00", "venue": "Nhà văn hóa",
                 "neighbourhoods": ["K1"]}""", "startsAt");
        assertBadRequest("""
                {"title": "Hạn xưa", "startsAt": "%s", "submissionsCloseAt": "-999999999-01-01T00:00:00+07:00",
                 "venue": "Nhà văn hóa", "neighbourhoods": ["K1"]}""".formatted(future), "submissionsCloseAt");
        assertThat(get("/api/sessions", ADMIN).status()).isEqualTo(200);
    }

    @Test
    void refusalsAreSaidInTheCallersLanguage() {
        String future = clock.instant()
                .plus(Duration.ofDays(20))
                .atOffset(ZoneOffset.ofHours(7))
                .toString();
        String past = """
                {"title": "Quá khứ", "startsAt": "2020-01-01T08:00:00+07:00", "venue": "Nhà văn hóa",
                 "neighbourhoods": ["K1"]}""";
        String unknownKhom = """
                {"title": "Khóm lạ", "startsAt": "%s", "venue": "Nhà văn hóa", "neighbourhoods": ["K9"]}""".formatted(future);

        assertThat(post("/api/sessions", ADMIN, past).json().get("message").asString())
                .isEqualTo("Thời gian bắt đầu (startsAt) phải ở tương lai.");
        assertThat(post("/api/sessions", ADMIN, unknownKhom)
                        .json()
                        .get("message")
                        .asString())
                .isEqualTo("Không có khóm/ấp mã 'K9'.");
        Reply english = send("POST", "/api/sessions", ADMIN, "application/json", past, "Accept-Language", "en");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.json().get("message").asString()).isEqualTo("startsAt must be in the future.");
    }

    @Test
    void aTimeWithoutOffsetIsExplained() {
        Reply reply = post("/api/sessions", ADMIN, """
                {"title": "x", "startsAt": "2030-12-10T08:00:00", "venue": "y", "neighbourhoods": ["K1"]}""");

        assertThat(reply.json().get("message").asString()).contains("+07:00");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        Reply reply = send("POST", "/api/sessions", ADMIN, "text/plain", "title=x");

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.json().get("error").asString()).isEqualTo("unsupported_media_type");
    }

    @Test
    void aWrongMethodIs405WithAllow() {
        Reply reply = send("DELETE", "/api/sessions", ADMIN, "application/json", null);

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.json().get("error").asString()).isEqualTo("method_not_allowed");
        assertThat(reply.header("Allow")).contains("GET", "POST");
    }

    @Test
    void anUnknownApiPathIsA404InJson() {
        Reply reply = get("/api/no/such/thing", ADMIN);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.json().get("error").asString()).isEqualTo("not_found");
    }

    @Test
    void aSessionIsChangedWhilePlannedOnly() {
        long id = planSession("Tên cũ", 25, "\"K1\"");

        Reply changed = put("/api/sessions/" + id, ADMIN, sessionJson("Tên mới", 26, "\"K1\", \"K2\""));
        Reply cancelled = post("/api/sessions/" + id + "/cancel", ADMIN, null);
        Reply changeAfterCancel = put("/api/sessions/" + id, ADMIN, sessionJson("Tên khác", 26, "\"K1\""));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("title").asString()).isEqualTo("Tên mới");
        assertThat(changed.json().get("neighbourhoods").size()).isEqualTo(2);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(changeAfterCancel.status()).isEqualTo(409);
        assertThat(changeAfterCancel.json().get("error").asString()).isEqualTo("conflict");
        assertThat(put("/api/sessions/987654", ADMIN, sessionJson("x", 26, "\"K1\""))
                        .status())
                .isEqualTo(404);
        assertThat(auditActions("session " + id))
                .containsExactly("SESSION_PLANNED", "SESSION_CHANGED", "SESSION_CANCELLED");
    }

    @Test
    void aSessionIsHeldAndItsResultsPublishedOnlyAfterItStarted() {
        long id = planSession("Phiên tháng 12", 10, "\"K2\"");
        long cancelled = planSession("Phiên bị hủy", 10, "\"K2\"");
        post("/api/sessions/" + cancelled + "/cancel", ADMIN, null);

        Reply tooEarly = post("/api/sessions/" + id + "/held", ADMIN, null);
        clock.advance(Duration.ofDays(11));
        Reply heldCancelled = post("/api/sessions/" + cancelled + "/held", ADMIN, null);
        Reply held = post("/api/sessions/" + id + "/held", ADMIN, null);
        Reply published = post("/api/sessions/" + id + "/results/publish", ADMIN, null);
        Reply cancelAfterHeld = post("/api/sessions/" + id + "/cancel", ADMIN, null);

        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(heldCancelled.status()).isEqualTo(409);
        assertThat(held.status()).isEqualTo(200);
        assertThat(held.json().get("status").asString()).isEqualTo("HELD");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("resultsPublishedAt").asString()).endsWith("+07:00");
        assertThat(cancelAfterHeld.status()).isEqualTo(409);
        assertThat(auditActions("session " + id))
                .containsExactly("SESSION_PLANNED", "SESSION_HELD", "SESSION_RESULTS_PUBLISHED");
    }

    @Test
    void onlyWardAdminsPlanAndRunSessions() {
        long id = planSession("Phiên của phường", 15, "\"K1\"");
        Login head = official(Role.NEIGHBOURHOOD_HEAD, "K1");
        Login viewer = official(Role.VIEWER);

        assertThat(post("/api/sessions", head, sessionJson("x", 15, "\"K1\"")).status())
                .isEqualTo(403);
        assertThat(put("/api/sessions/" + id, viewer, sessionJson("x", 15, "\"K1\""))
                        .status())
                .isEqualTo(403);
        assertThat(post("/api/sessions/" + id + "/cancel", head, null).status()).isEqualTo(403);
        assertThat(post("/api/sessions/" + id + "/results/publish", head, null).status())
                .isEqualTo(403);
        assertThat(get("/api/sessions/" + id, viewer).status()).isEqualTo(200);
    }

    private void assertBadRequest(String body, String field) {
        Reply reply = post("/api/sessions", ADMIN, body);
        assertThat(reply.status()).as(body).isEqualTo(400);
        assertThat(reply.json().get("error").asString()).isEqualTo("bad_request");
        assertThat(reply.json().get("field").asString()).as(body).isEqualTo(field);
        assertThat(reply.json().get("message").asString()).isNotBlank();
    }
}
