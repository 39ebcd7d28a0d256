package vn.nghedan.residentweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.nghedan.submission.Attachment;
import vn.nghedan.submission.Submission;
import vn.nghedan.support.Traces;

/**
 * The web author's own link: it tells them where their matter will be answered (the session, in
 * ward time), shows what the ward keeps of them, and lets them erase it (Decree 13) — their name,
 * contact and photo go, the text stays, the step is in the history. A supporter's link cannot.
 */
class WebAuthorTest extends WebTestSupport {

    private static final Pattern FOLLOW = Pattern.compile("/y-kien/theo-doi/([A-Za-z0-9_-]{32})");
    private static final String NAME = "Zyqvor Webauthor";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void theAuthorSeesWhatIsKeptOfThemAndErasesItTheTextStays() throws Exception {
        String text = unique("Nắp cống trước nhà văn hoá bị vỡ, trẻ em dễ sập chân");
        String token = fileWithPhoto(text);
        Submission filed = submissions.get(numberOf(token));
        Path photo = Path.of(filed.getAttachments().get(0).storedPath());
        assertThat(photo).exists();

        Reply page = get("/y-kien/theo-doi/" + token);
        assertThat(page.body())
                .contains("Thông tin của bạn mà phường đang giữ", "Tên: " + NAME, "Ảnh đính kèm: 1")
                .contains("Liên lạc: 09•••••678")
                .doesNotContain("0913 572 678", "0913572678");

        Reply erased = postForm("/y-kien/theo-doi/" + token + "/xoa-thong-tin", Map.of());
        assertThat(erased.status()).isEqualTo(302);
        assertThat(erased.header("Location")).endsWith("/y-kien/theo-doi/" + token + "?erased");

        Reply after = get("/y-kien/theo-doi/" + token + "?erased");
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body())
                .contains("Đã xoá tên, số liên lạc và ảnh của bạn", text, "Đã xoá thông tin cá nhân của người gửi")
                .doesNotContain(NAME, "Thông tin của bạn mà phường đang giữ");
        Submission kept = submissions.get(filed.number());
        assertThat(kept.getText()).isEqualTo(text);
        assertThat(kept.getAuthorName()).isNull();
        assertThat(kept.getContact()).isNull();
        assertThat(kept.getAttachments()).extracting(Attachment::storedPath).containsOnlyNulls();
        assertThat(photo).doesNotExist();
        assertThat(Traces.inDatabase(dataSource, List.of("Zyqvor", "Webauthor", "572 678", "572678")))
                .isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM web_follow WHERE submission_id = ? AND sender IS NOT NULL")
                        .param(filed.number())
                        .query(Long.class)
                        .single())
                .as("the hash of their contact went too")
                .isZero();

        // Asked again through the JSON: nothing left to erase, said so; the link still follows the matter.
        Reply again = postJson("/api/public/follow/" + token + "/forget", "{}", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("erased").asBoolean()).isFalse();
        assertThat(get("/api/public/follow/" + token).json().get("status").asString())
                .isEqualTo("NEW");
    }

    @Test
    void aSupportersLinkShowsNoPersonalDataAndCannotEraseTheAuthor() {
        JsonNode first = file("K3", unique("Cây đổ chắn lối đi hẻm 12"), "0900000111");
        long number = first.get("number").asLong();
        Reply support =
                postJson("/api/public/submissions/" + number + "/support", "{\"contact\":\"0900000222\"}", null);
        String supporterToken = tokenOf(support.json().get("followUrl").asString());

        assertThat(get("/y-kien/theo-doi/" + supporterToken).body())
                .doesNotContain("Nguyễn Văn Ba", "Thông tin của bạn");
        Reply refused = postForm("/y-kien/theo-doi/" + supporterToken + "/xoa-thong-tin", Map.of());
        assertThat(refused.status()).as(refused.body()).isEqualTo(404);
        Reply api = postJson("/api/public/follow/" + supporterToken + "/forget", "{}", null);
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.json().get("error").asString()).isEqualTo("not_found");
        assertThat(postJson("/api/public/follow/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/forget", "{}", null)
                        .status())
                .isEqualTo(404);
        assertThat(submissions.get(number).getAuthorName()).isEqualTo("Nguyễn Văn Ba");
    }

    @Test
    void theLinkNamesTheSessionWhereTheMatterWillBeAnsweredInWardTime() {
        JsonNode filed = file("K2", unique("Xin hỏi kế hoạch nâng cấp đường Nguyễn Huệ"), "0900000333");
        long number = filed.get("number").asLong();
        String token = tokenOf(filed.get("followUrl").asString());
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.ofHours(7))
                .plusDays(12)
                .withHour(8)
                .withMinute(30)
                .truncatedTo(ChronoUnit.MINUTES);
        String title = "Đối thoại " + unique("Khóm 2 quý I");
        Reply session = postJson(
                "/api/sessions",
                json.writeValueAsString(Map.of(
                        "title",
                        title,
                        "startsAt",
                        startsAt.toString(),
                        "venue",
                        "Nhà văn hoá Khóm 2",
                        "neighbourhoods",
                        List.of("K2"))),
                ADMIN);
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        Map<String, Object> accept = new LinkedHashMap<>();
        accept.put("status", "ACCEPTED");
        accept.put("sessionId", session.json().get("id").asLong());
        assertThat(postJson("/api/submissions/" + number + "/status", json.writeValueAsString(accept), ADMIN)
                        .status())
                .isEqualTo(200);

        JsonNode follow = get("/api/public/follow/" + token).json();
        assertThat(follow.get("session").get("title").asString()).isEqualTo(title);
        assertThat(OffsetDateTime.parse(follow.get("session").get("startsAt").asString()))
                .isEqualTo(startsAt);
        assertThat(follow.get("session").get("startsAt").asString()).endsWith("+07:00");
        assertThat(follow.get("history").get(1).get("at").asString()).endsWith("+07:00");

        String when =
                "08:30 " + startsAt.toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(get("/y-kien/theo-doi/" + token).body())
                .contains("Ý kiến sẽ được trả lời tại buổi đối thoại", title, when, "Nhà văn hoá Khóm 2")
                .contains("Phường tiếp nhận");
    }

    private String fileWithPhoto(String text) throws IOException {
        String challenge = challengeIn(get("/y-kien?khom=K4").body());
        waitAsAPersonTypes();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("challenge", challenge);
        fields.put("website", "");
        fields.put("confirmed", "true");
        fields.put("khom", "K4");
        fields.put("kind", "COMPLAINT");
        fields.put("topic", "5");
        fields.put("text", text);
        fields.put("anonymous", "false");
        fields.put("name", NAME);
        fields.put("contact", "0913 572 678");
        Reply posted = postMultipart("/y-kien", fields, jpeg());
        assertThat(posted.status()).as(posted.body()).isEqualTo(303);
        return tokenOf(posted.header("Location"));
    }

    private long numberOf(String token) {
        return get("/api/public/follow/" + token).json().get("number").asLong();
    }

    private static String tokenOf(String url) {
        Matcher m = FOLLOW.matcher(url);
        assertThat(m.find()).as(url).isTrue();
        return m.group(1);
    }

    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
