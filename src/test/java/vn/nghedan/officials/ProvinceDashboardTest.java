package vn.nghedan.officials;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.nghedan.officials.accounts.NewAccount;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.submission.Submission;

/** The province's view: wards compared, each ward's documents under its own heading, wards edited. */
@TestPropertySource(locations = "classpath:province.properties", encoding = "UTF-8")
class ProvinceDashboardTest extends ConsoleTestSupport {

    private Login officialOf(String ward, Role role) {
        String username =
                ward.toLowerCase() + "-" + role.name().toLowerCase().replace('_', '-') + "-" + System.nanoTime();
        accounts.open(
                new NewAccount(username, "mật khẩu " + username, null, role, Set.of(), null, ward),
                TestOfficials.operator("test"));
        return new Login(username, "mật khẩu " + username);
    }

    private long plan(String ward, String title, String khom) {
        Reply planned = post("/api/sessions", ADMIN, """
                {"title": "%s", "startsAt": "%s", "venue": "Nhà văn hóa", "neighbourhoods": ["%s"], "ward": "%s"}""".formatted(
                        title, clock.instant().plus(Duration.ofDays(8)).atOffset(ZoneOffset.ofHours(7)), khom, ward));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        return planned.json().get("id").asLong();
    }

    @Test
    void theProvinceAdminComparesWardsAndAWardAdminSeesTheirOwn() {
        file("TQ.K1", "Đèn đường tắt " + System.nanoTime(), false);
        file("TQ.K1", "Cống nghẹt " + System.nanoTime(), false);

        Reply all = get("/api/statistics/wards", ADMIN);
        assertThat(all.status()).isEqualTo(200);
        JsonNode tq = null;
        for (JsonNode w : all.json()) {
            if (w.get("ward").asString().equals("TQ")) {
                tq = w;
            }
        }
        assertThat(all.json().size()).isGreaterThanOrEqualTo(8);
        assertThat(tq).isNotNull();
        assertThat(tq.get("submissions").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(tq.get("office").asLong()).isGreaterThanOrEqualTo(2);

        Login tqAdmin = officialOf("TQ", Role.WARD_ADMIN);
        Reply own = get("/api/statistics/wards", tqAdmin);
        assertThat(own.json().size()).isEqualTo(1);
        assertThat(own.json().get(0).get("ward").asString()).isEqualTo("TQ");

        Session province = signIn(ADMIN);
        Reply page = province.get("/console/province");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Phường Tân Quy Đông (TQ)", "Phường An Hòa", "<svg class=\"bars wards\"");
        assertThat(signIn(tqAdmin).get("/console/province").status()).isEqualTo(403);
    }

    @Test
    void theProvinceAdminNarrowsTheSubmissionListToOneWard() {
        String marker = "ward-filter-" + System.nanoTime();
        Submission ofTq = file("TQ.K1", "Vỉa hè bị lấn chiếm " + marker, false);
        Submission ofP4 = file("K1", "Chợ tạm gây kẹt xe " + marker, false);
        Session province = signIn(ADMIN);

        String all = province.get("/console/submissions?q=" + marker).body();
        assertThat(all).contains(ofTq.reference(), ofP4.reference(), "<select id=\"ward\" name=\"ward\"");
        String tqOnly = province.get("/console/submissions?ward=TQ&q=" + marker).body();
        assertThat(tqOnly).contains(ofTq.reference()).doesNotContain(ofP4.reference());
        assertThat(province.get("/console/submissions.csv?ward=TQ&q=" + marker).body())
                .contains("\n" + ofTq.number() + ",", "Vỉa hè bị lấn chiếm")
                .doesNotContain("\n" + ofP4.number() + ",", "Chợ tạm gây kẹt xe");

        Reply unknown = province.get("/console/submissions?ward=ZZ9&q=" + marker);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("Không có phường này.").doesNotContain(ofTq.reference());

        // A ward admin has no ward list, and naming another ward never widens what they see.
        Session tqAdmin = signIn(officialOf("TQ", Role.WARD_ADMIN));
        assertThat(tqAdmin.get("/console/submissions?q=" + marker).body()).doesNotContain("name=\"ward\"");
        String asked = tqAdmin.get("/console/submissions?ward=P4&q=" + marker).body();
        assertThat(asked).doesNotContain(ofP4.reference(), ofTq.reference());
    }

    @Test
    void eachWardsAgendaCarriesItsOwnHeading() throws Exception {
        long p4 = plan("P4", "Đối thoại P4", "K3");
        long ah = plan("AH", "Đối thoại An Hòa", "K2");
        assertThat(document("/api/sessions/" + p4 + "/agenda.docx"))
                .contains("ỦY BAN NHÂN DÂN PHƯỜNG 4")
                .doesNotContain("AN HÒA");
        assertThat(document("/api/sessions/" + ah + "/agenda.docx"))
                .contains("ỦY BAN NHÂN DÂN PHƯỜNG AN HÒA")
                .doesNotContain("PHƯỜNG 4");
        assertThat(get("/api/sessions/" + ah, ADMIN)
                        .json()
                        .get("neighbourhoods")
                        .get(0)
                        .asString())
                .isEqualTo("K2");
    }

    @Test
    void theProvinceAdminRenamesAWardInTheConsole() {
        Session province = signIn(ADMIN);
        Reply saved = province.post("/console/province/wards/HT", "name", "Xã Hòa Thuận Mới");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(province.get("/console/province").body()).contains("Xã Hòa Thuận Mới", "(trước là Xã Hòa Thuận)");
        Reply refused = province.post("/console/province/wards/HT/neighbourhoods", "khom", "A 1!", "name", "Ấp");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(auditActions("HT")).contains("WARD_EDITED");
    }

    private String document(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", ADMIN.header())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return AuthorisationMatrixTest.asText(
                response.headers().firstValue("Content-Type").orElse(""), response.body());
    }
}
