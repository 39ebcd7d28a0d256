package vn.nghedan.officials.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.nghedan.officials.ConsoleTestSupport;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.submission.Submission;

/** A session's agenda in the console: reorder, reword, move, lock, download; answers after it. */
class ConsoleAgendaTest extends ConsoleTestSupport {

    /** A session of its own neighbourhood-free of other tests' items: K3 only, with three items of topic 1. */
    private record Fixture(long session, Submission first, Submission second, Submission third) {}

    private Fixture fixture() {
        long session = planSession("Đối thoại chương trình " + marker(), 20, "\"K3\"");
        // three different matters of topic 1, each with its own support, so the default order is known
        Submission first = file("K3", "Xin làm đường bê tông hẻm 14 " + marker(), false);
        Submission second = file("K3", "Xin lắp đèn chiếu sáng công viên " + marker(), false);
        Submission third = file("K3", "Xin nạo vét kênh thủy lợi " + marker(), false);
        for (Submission s : new Submission[] {first, second, third}) {
            submissions.accept(s.number(), session, "test");
        }
        return new Fixture(session, first, second, third);
    }

    private static int positionIn(String body, Submission s) {
        return body.indexOf("id=\"item-" + s.number() + "\"");
    }

    @Test
    void anAdminReordersRewordsAndMovesItemsThenLocksTheAgenda() {
        Fixture f = fixture();
        Session admin = signIn(ADMIN);
        String path = "/console/sessions/" + f.session();

        Reply before = admin.get(path);
        assertThat(positionIn(before.body(), f.first())).isLessThan(positionIn(before.body(), f.second()));

        assertThat(admin.post(path + "/agenda/items/" + f.second().number() + "/move", "direction", "up")
                        .status())
                .isEqualTo(302);
        Reply reordered = admin.get(path);
        assertThat(positionIn(reordered.body(), f.second())).isLessThan(positionIn(reordered.body(), f.first()));

        admin.post(
                path + "/agenda/items/" + f.third().number() + "/summary",
                "summary",
                "Nạo vét kênh Xáng (tóm tắt của phường)");
        admin.post(path + "/agenda/items/" + f.first().number() + "/topic", "topic", "5");
        Reply edited = admin.get(path);
        assertThat(edited.body()).contains("Nạo vét kênh Xáng (tóm tắt của phường)", "5. Môi trường, trật tự đô thị");

        assertThat(admin.post(path + "/agenda/lock", "locked", "true").status()).isEqualTo(302);
        Reply locked = admin.get(path);
        assertThat(locked.body()).contains("Đã khóa để in").doesNotContain("/move\"");
        Reply refused = admin.post(path + "/agenda/items/" + f.first().number() + "/move", "direction", "up");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("mở khóa trước khi sửa");
        assertThat(auditActions("session " + f.session()))
                .contains("AGENDA_REORDERED", "AGENDA_SUMMARY", "AGENDA_TOPIC", "AGENDA_LOCKED");
    }

    @Test
    void theAgendaDownloadsAsDocxWithTheOfficialsEdits() throws IOException, InterruptedException {
        Fixture f = fixture();
        Session admin = signIn(ADMIN);
        admin.post(
                "/console/sessions/" + f.session() + "/agenda/items/"
                        + f.first().number() + "/summary",
                "summary",
                "Bê tông hóa hẻm 14 (đã biên tập)");

        HttpResponse<byte[]> docx = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/console/sessions/"
                                        + f.session() + "/agenda.docx"))
                                .header("Cookie", admin.cookieHeader())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("Bê tông hóa hẻm 14 (đã biên tập)");
        }
        assertThat(admin.get("/console/sessions/" + f.session() + "/agenda.pdf").status())
                .isEqualTo(200);
        assertThat(admin.get("/console/sessions/" + f.session() + "/agenda.csv").status())
                .isEqualTo(200);
        assertThat(admin.get("/console/sessions/" + f.session() + "/agenda.md").body())
                .contains("hẻm 14");
        assertThat(admin.get("/console/sessions/" + f.session() + "/agenda.exe").status())
                .isEqualTo(404);
    }

    @Test
    void aHeadOfSomeOfTheSessionsNeighbourhoodsSeesAndDownloadsOnlyTheirItems() {
        long session = planSession("Đối thoại K1 và K2 " + marker(), 20, "\"K1\", \"K2\"");
        String ownText = "Xin sửa đèn hẻm khóm 1 " + marker();
        String otherText = "Xin sửa cầu khóm 2 " + marker();
        Submission own = file("K1", ownText, false);
        Submission other = file("K2", otherText, false);
        submissions.accept(own.number(), session, "test");
        submissions.accept(other.number(), session, "test");
        Session head = signIn(official(Role.NEIGHBOURHOOD_HEAD, "K1"));

        Reply page = head.get("/console/sessions/" + session);

        assertThat(page.body())
                .contains(own.reference(), "Chỉ hiện các nội dung của khóm", "agenda.docx")
                .doesNotContain(other.reference());
        Reply markdown = head.get("/console/sessions/" + session + "/agenda.md");
        assertThat(markdown.status()).isEqualTo(200);
        assertThat(markdown.body()).contains(ownText).doesNotContain(otherText);
        assertThat(head.post("/console/sessions/" + session + "/agenda/lock", "locked", "true")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void afterTheSessionAClusterIsAnsweredForEachOfItsSubmissions() {
        long session = planSession("Đối thoại kết quả " + marker(), 8, "\"K3\"");
        String m = marker();
        Submission a = file("K3", "Đường Trần Hưng Đạo ngập nước sau mưa " + m, false);
        Submission b = file("K3", "Duong Tran Hung Dao ngap nuoc sau mua " + m, false);
        Session admin = signIn(ADMIN);
        clock.advance(Duration.ofDays(9));

        Reply page = admin.get("/console/sessions/" + session);
        assertThat(page.body()).contains("#" + a.number() + " ", "#" + b.number() + " ");
        String members = a.number() + ":" + submissions.get(a.number()).getVersion() + " " + b.number() + ":"
                + submissions.get(b.number()).getVersion();

        Reply answered = admin.post(
                "/console/sessions/" + session + "/answers/" + a.number(),
                "members",
                members,
                "answerForm",
                "AT_SESSION",
                "answer",
                "Phường sẽ nâng cấp cống thoát nước.");

        assertThat(answered.status()).isEqualTo(302);
        assertThat(statusOf(a.number())).isEqualTo("ANSWERED");
        assertThat(statusOf(b.number())).isEqualTo("ANSWERED");
        assertThat(admin.get("/console/sessions/" + session + "/results.docx").status())
                .isEqualTo(200);
    }
}
