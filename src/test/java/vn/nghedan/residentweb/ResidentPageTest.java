package vn.nghedan.residentweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Submission;

/**
 * The page as a browser without JavaScript uses it: plain form posts, a redirect to the follow
 * page with {@code #N} and the private link, the challenge refusing a post made at once or with
 * the hidden field filled, and the second step that offers similar matters to support.
 */
class ResidentPageTest extends WebTestSupport {

    private static final Pattern FOLLOW = Pattern.compile("/y-kien/theo-doi/([A-Za-z0-9_-]{32})");

    @Test
    void theDeepLinkPreselectsTheKhomAndEnglishIsOneLinkAway() {
        Reply page = get("/y-kien?khom=k3&ward=P4");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<option value=\"K3\" selected=\"selected\">Khóm 3</option>", "Gửi ý kiến");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");

        Reply english = get("/y-kien?lang=en");
        assertThat(english.body()).contains("Send your views to", "Your khóm");
    }

    @Test
    void aTextOnlyFilingWorksWithoutJavaScript() {
        String challenge = challengeIn(get("/y-kien?khom=K2").body());
        waitAsAPersonTypes();
        String text = unique("Cống thoát nước trước chợ bị nghẹt");
        Map<String, String> fields = form(challenge, "K2", text);

        Reply posted = postMultipart("/y-kien", fields, null);

        assertThat(posted.status()).isEqualTo(303);
        Matcher link = FOLLOW.matcher(posted.header("Location"));
        assertThat(link.find()).isTrue();
        Reply confirmation = get(posted.header("Location"));
        assertThat(confirmation.status()).isEqualTo(200);
        Matcher number = Pattern.compile("Ý kiến của bạn có số #(\\d+)").matcher(confirmation.body());
        assertThat(number.find()).as(confirmation.body()).isTrue();
        assertThat(confirmation.body()).contains(link.group(1), "Mới gửi, chờ xem xét", text);
        Submission filed = submissions.get(Long.parseLong(number.group(1)));
        assertThat(filed.getChannel()).isEqualTo(Channel.WEB);
        assertThat(filed.getAuthorName()).isEqualTo("Lê Văn Năm");
        assertThat(filed.getContact()).isEqualTo("nam@example.vn");
    }

    @Test
    void aPostMadeAtOnceOrWithTheHiddenFieldFilledIsNotFiled() {
        long before = submissions.count();
        String challenge = challengeIn(get("/y-kien").body());
        Reply atOnce = postForm("/y-kien", form(challenge, "K1", unique("Gửi ngay lập tức")));
        assertThat(atOnce.status()).isEqualTo(400);
        assertThat(atOnce.body()).contains("Vui lòng xem lại nội dung rồi bấm gửi lần nữa.", "Gửi ngay lập tức");

        waitAsAPersonTypes();
        Map<String, String> robot = form(challenge, "K1", unique("Quảng cáo"));
        robot.put("website", "http://spam.example");
        assertThat(postForm("/y-kien", robot).status()).isEqualTo(400);

        Map<String, String> forged = form(challenge.replaceFirst("^\\d+", "1000"), "K1", unique("Giả mạo"));
        assertThat(postForm("/y-kien", forged).status()).isEqualTo(400);
        assertThat(submissions.count()).isEqualTo(before);
    }

    @Test
    void badInputComesBackOnTheFormWithTheProblemSaid() {
        String challenge = challengeIn(get("/y-kien").body());
        waitAsAPersonTypes();
        Map<String, String> fields = form(challenge, "K1", unique("Nội dung giữ lại"));
        fields.put("contact", "không có");
        Reply reply = postForm("/y-kien", fields);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("Vui lòng ghi số điện thoại", "Nội dung giữ lại");
    }

    @Test
    void withoutJavaScriptSimilarMattersAreOfferedAsASecondStep() {
        String words = unique("Cây xanh ngã đè dây điện đường Hùng Vương");
        long existing = file("K4", words, null).get("number").asLong();

        String challenge = challengeIn(get("/y-kien?khom=K4").body());
        waitAsAPersonTypes();
        Map<String, String> fields = form(challenge, "K4", words);
        fields.remove("confirmed");
        Reply offered = postForm("/y-kien", fields);
        assertThat(offered.status()).isEqualTo(200);
        assertThat(offered.body()).contains("Trong khóm đã có ý kiến giống vậy", "Ủng hộ ý kiến #" + existing);
        assertThat(offered.body()).contains("name=\"confirmed\" id=\"confirmed\" value=\"true\"");

        Reply supported = postForm(
                "/y-kien/ung-ho",
                Map.of("number", Long.toString(existing), "contact", "", "challenge", challengeIn(offered.body())));
        assertThat(supported.status()).isEqualTo(303);
        Reply follow = get(supported.header("Location"));
        assertThat(follow.body()).contains("Đã ghi nhận bạn ủng hộ ý kiến #" + existing);
        assertThat(submissions.get(existing).getSupporters()).isEqualTo(2);
    }

    private static Map<String, String> form(String challenge, String khom, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("challenge", challenge);
        fields.put("website", "");
        fields.put("confirmed", "true");
        fields.put("khom", khom);
        fields.put("kind", "COMPLAINT");
        fields.put("topic", "5");
        fields.put("text", text);
        fields.put("anonymous", "false");
        fields.put("name", "Lê Văn Năm");
        fields.put("contact", "nam@example.vn");
        return fields;
    }
}
