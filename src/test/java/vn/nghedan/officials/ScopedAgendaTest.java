package vn.nghedan.officials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.submission.Submission;

/**
 * The bug found on main, and its neighbours: the agenda and results of a session for K1 and K2,
 * in every format, as the head of K3 (404: it does not exist for them), as the head of K1 (only
 * K1's items and counts), and as a viewer (no author's name anywhere: "Nhân dân Khóm X"); and
 * every download recorded in the audit log with its format and channel.
 */
class ScopedAgendaTest extends ConsoleTestSupport {

    private static final List<String> FORMATS = List.of("csv", "md", "docx", "pdf");

    private final HttpClient http = HttpClient.newHttpClient();

    /** A K1+K2 session with a named K1 submission and a named K2 one, each with unique words. */
    private record Fixture(long session, Submission k1, Submission k2, String k1Text, String k2Text, String k1Author) {}

    private Fixture fixture() {
        String m = marker();
        long session = planSession("Đối thoại khóm 1 và khóm 2 " + m, 20, "\"K1\", \"K2\"");
        String k1Text = "Hẻm 7 khóm 1 ngập sâu " + m;
        String k2Text = "Cầu khỉ khóm 2 xuống cấp " + m;
        String k1Author = "Lê Thị Hoa " + m;
        Submission k1 = file("K1", k1Text, false, k1Author);
        Submission k2 = file("K2", k2Text, false, "Phạm Văn Tư " + m);
        return new Fixture(session, k1, k2, k1Text, k2Text, k1Author);
    }

    @Test
    void theHeadOfK3GetsNoFormatOfTheAgendaOrResultsOfASessionForK1AndK2() throws Exception {
        Fixture f = fixture();
        Login k3 = official(Role.NEIGHBOURHOOD_HEAD, "K3");
        String base = "/api/sessions/" + f.session();

        for (String document : List.of("agenda", "results")) {
            assertThat(get(base + "/" + document, k3).status()).as(document).isEqualTo(404);
            for (String format : FORMATS) {
                Download d = download(base + "/" + document + "." + format, k3);
                assertThat(d.status()).as(document + "." + format).isEqualTo(404);
                assertThat(d.text()).doesNotContain(f.k1Text(), f.k1Author(), f.k2Text());
            }
        }
        assertThat(get(base, k3).status()).isEqualTo(404);
        assertThat(get("/api/sessions", k3).body()).doesNotContain("Đối thoại khóm 1 và khóm 2");
        assertThat(auditActions("session " + f.session())).contains("DENIED").doesNotContain("AGENDA_DOWNLOADED");
    }

    @Test
    void theHeadOfK1GetsOnlyK1sItemsAndCountsInEveryFormat() throws Exception {
        Fixture f = fixture();
        Login k1 = official(Role.NEIGHBOURHOOD_HEAD, "K1");
        String base = "/api/sessions/" + f.session();

        JsonNode agenda = get(base + "/agenda", k1).json();
        List<String> khom = items(agenda).stream()
                .map(i -> i.get("neighbourhood").asString())
                .distinct()
                .toList();
        assertThat(khom).containsExactly("K1");
        assertThat(agenda.toString()).contains(f.k1Text(), f.k1Author()).doesNotContain(f.k2Text());
        assertThat(agenda.get("counts").get("byNeighbourhood").propertyNames()).containsExactly("K1");
        assertThat(agenda.get("counts").get("items").asInt())
                .isEqualTo(items(agenda).size());
        JsonNode whole = get(base + "/agenda", ADMIN).json();
        assertThat(whole.get("counts").get("byNeighbourhood").propertyNames()).contains("K1", "K2");
        assertThat(whole.get("session").get("ward").isNull())
                .as("the agenda's session names its ward, as GET /api/sessions/{id} does")
                .isFalse();
        assertThat(whole.get("session").get("ward"))
                .isEqualTo(get(base, ADMIN).json().get("ward"));
        assertThat(whole.toString()).contains(f.k2Text());

        for (String document : List.of("agenda", "results")) {
            for (String format : FORMATS) {
                Download d = download(base + "/" + document + "." + format, k1);
                assertThat(d.status()).as(document + "." + format).isEqualTo(200);
                assertThat(d.text())
                        .as(document + "." + format)
                        .contains(f.k1Text(), f.k1Author())
                        .doesNotContain(f.k2Text());
            }
        }
    }

    @Test
    void aViewerReadsNoAuthorsNameInAnyFormatOnlyTheResidentsOfTheKhom() throws Exception {
        Fixture f = fixture();
        Login viewer = official(Role.VIEWER);
        String base = "/api/sessions/" + f.session();

        String json = get(base + "/agenda", viewer).body();
        assertThat(json)
                .contains(f.k1Text(), f.k2Text(), "Nhân dân Khóm 1")
                .doesNotContain(f.k1Author(), "Phạm Văn Tư");
        for (String document : List.of("agenda", "results")) {
            for (String format : FORMATS) {
                Download d = download(base + "/" + document + "." + format, viewer);
                assertThat(d.status()).isEqualTo(200);
                assertThat(d.text())
                        .as(document + "." + format)
                        .contains(f.k1Text(), f.k2Text(), "Nhân dân Khóm 1", "Nhân dân Khóm 2")
                        .doesNotContain(f.k1Author(), "Phạm Văn Tư");
            }
        }
        Session console = signIn(viewer);
        assertThat(console.get("/console/sessions/" + f.session()).body())
                .contains("Nhân dân Khóm 1")
                .doesNotContain(f.k1Author());
        // the ward admin's copy names the author, so the difference is the reader's, not the data's
        assertThat(download(base + "/agenda.md", ADMIN).text()).contains(f.k1Author());
    }

    @Test
    void everyDownloadIsAuditedWithItsFormatAndChannel() throws Exception {
        Fixture f = fixture();
        Login k1 = official(Role.NEIGHBOURHOOD_HEAD, "K1");
        download("/api/sessions/" + f.session() + "/agenda.csv", k1);
        Session console = signIn(ADMIN);
        assertThat(console.get("/console/sessions/" + f.session() + "/results.md")
                        .status())
                .isEqualTo(200);

        List<String> entries = jdbc.sql("SELECT actor || ' ' || action || ' ' || detail FROM audit_log"
                        + " WHERE target = ? AND action LIKE '%DOWNLOADED' ORDER BY id")
                .param("session " + f.session())
                .query(String.class)
                .list();
        assertThat(entries)
                .containsExactly(
                        k1.username() + " AGENDA_DOWNLOADED CSV via api, items of K1",
                        "admin RESULTS_DOWNLOADED MD via console");
    }

    private static List<JsonNode> items(JsonNode agenda) {
        return agenda.get("topics")
                .valueStream()
                .flatMap(t -> t.get("items").valueStream())
                .toList();
    }

    private record Download(int status, String text) {}

    private Download download(String path, Login who) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", who.header())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String type = response.headers().firstValue("Content-Type").orElse("");
        return new Download(response.statusCode(), AuthorisationMatrixTest.asText(type, response.body()));
    }
}
