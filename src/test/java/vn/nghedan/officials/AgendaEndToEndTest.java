package vn.nghedan.officials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.nghedan.sandbox.SentMessage;
import vn.nghedan.support.Chat;
import vn.nghedan.support.EndToEndTest;
import vn.nghedan.support.Filing;

/**
 * The whole loop: residents file through the bot, an official moderates through the REST API,
 * and {@code /agenda} in the bot delivers a DOCX holding the submissions; a resident's
 * {@code /agenda} is refused.
 */
class AgendaEndToEndTest extends EndToEndTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void residentsFileOfficialsModerateAndTheAgendaArrivesAsDocx() throws Exception {
        // The bot's /agenda answers with the ward's next session, and this context is shared: the
        // session starts sooner than any other end-to-end class plans one (OfficialBotMatrixTest:
        // 7 and 30 days), so the answer is this one whichever class ran first.
        String startsAt = OffsetDateTime.now(ZoneOffset.ofHours(7))
                .plusDays(5)
                .withNano(0)
                .toString();
        HttpResponse<String> created = post(
                "/api/sessions",
                "{\"title\":\"Đối thoại khóm 1 và khóm 2\",\"startsAt\":\"" + startsAt
                        + "\",\"venue\":\"Nhà văn hóa khóm 1\",\"neighbourhoods\":[\"K1\",\"K2\"]}");
        assertThat(created.statusCode()).isEqualTo(201);
        long sessionId = Long.parseLong(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));

        Chat lan = newResident("Cô Lan").onboard("Khóm 1");
        long a = Filing.fileQuickly(lan, "Đường hẻm 12 ngập nước mỗi khi mưa lớn, cần nạo vét cống");
        Chat ba = newResident("Chú Ba").onboard("Khóm 2");
        long b = Filing.fileQuickly(ba, "Xin lắp đèn chiếu sáng đoạn đường bờ kè khóm 2");
        Chat tu = newResident("Anh Tư").onboard("Khóm 2");
        long c = Filing.fileQuickly(tu, "Đề nghị lắp đèn chiếu sáng ở đường bờ kè khóm 2 vì rất tối");

        assertThat(post(
                                "/api/submissions/" + a + "/status",
                                "{\"status\":\"ACCEPTED\",\"sessionId\":" + sessionId + "}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(post("/api/submissions/" + c + "/status", "{\"status\":\"MERGED\",\"mergeInto\":" + b + "}")
                        .statusCode())
                .isEqualTo(200);
        // merged already: another merge is a step its status does not allow
        assertThat(post("/api/submissions/" + c + "/status", "{\"status\":\"MERGED\",\"mergeInto\":" + a + "}")
                        .statusCode())
                .isEqualTo(409);

        HttpResponse<String> json = get("/api/sessions/" + sessionId + "/agenda");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"number\":" + a, "\"number\":" + b, "ngập nước");

        Chat official = Chat.of(api, 9001, "Cán bộ phường");
        official.send("/agenda");
        official.expect("Chương trình buổi \"Đối thoại khóm 1 và khóm 2\"");
        SentMessage docx = official.expect(m -> m.kind() == SentMessage.Kind.DOCUMENT);
        assertThat(docx.attachment().fileName()).endsWith(".docx");
        try (XWPFDocument doc = new XWPFDocument(
                        new ByteArrayInputStream(docx.attachment().bytes()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đường hẻm 12 ngập nước", "lắp đèn chiếu sáng");
        }

        Chat resident = newResident("Người dân tò mò").onboard("Khóm 1");
        resident.send("/agenda");
        resident.expect("dành cho cán bộ phường");
        assertThat(resident.messages()).noneMatch(m -> m.kind() == SentMessage.Kind.DOCUMENT);
    }

    @Test
    void officialsTriageFromTheBot() {
        Chat nam = newResident("Bác Năm").onboard("Khóm 3");
        long n = Filing.fileQuickly(nam, "Quán karaoke hát to đến nửa đêm ở hẻm 9 khóm 3");
        Chat official = Chat.of(api, 9001, "Cán bộ phường");
        official.send("/pending");
        official.expect("ý kiến mới cần xem xét");
        official.expect("#" + n);
        int pressed = pressOn(official, "#" + n, "❌ Từ chối");
        assertThat(pressed).isPositive();
        official.expect("lý do từ chối #" + n);
        official.send("Việc này thuộc thẩm quyền công an phường, đã chuyển xử lý");
        official.expect("Đã từ chối #" + n);
        nam.expect("#" + n);
    }

    private int pressOn(Chat chat, String textFragment, String label) {
        for (SentMessage m : chat.messages()) {
            if (m.text() != null
                    && m.text().startsWith(textFragment)
                    && !m.allButtons().isEmpty()) {
                return chat.pressData(m.messageId(), m.button(label).data());
            }
        }
        return -1;
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(
                request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        String basic = Base64.getEncoder().encodeToString("admin:e2e-admin-password".getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + basic);
    }
}
