package vn.nghedan.residentweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Kind;
import vn.nghedan.submission.Submission;

/**
 * The public JSON of CONTRACT.md "Residents without Telegram": filing without credentials (201
 * with number, reference and follow link), bad input named by field, 429 for an address that
 * files too fast and for a contact past the daily limit, following (404 for a token never
 * issued, the official's answer once given), and "me too" on a similar matter.
 */
class PublicSubmissionApiTest extends WebTestSupport {

    @Test
    void aResidentFilesWithoutCredentialsAndGetsANumberAndAPrivateFollowLink() {
        // typed on a phone whose keyboard sends decomposed letters: stored as NFC, like the bot
        String decomposed = Normalizer.normalize(unique("Đường Lê Lợi ngập nước"), Normalizer.Form.NFD);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ward", "P4"); // one ward and no ward code configured: accepted and ignored
        body.put("neighbourhood", "k2");
        body.put("kind", "COMPLAINT");
        body.put("topic", 5);
        body.put("text", decomposed);
        body.put("anonymous", true);
        body.put("name", "Trần Thị Tư");
        body.put("contact", "0912 345 678");

        Reply reply = postJson("/api/public/submissions", json.writeValueAsString(body), null);

        assertThat(reply.status()).isEqualTo(201);
        JsonNode answer = reply.json();
        long number = answer.get("number").asLong();
        assertThat(answer.get("reference").asString()).isEqualTo("#" + number);
        String followUrl = answer.get("followUrl").asString();
        assertThat(followUrl).startsWith("/y-kien/theo-doi/");
        String token = followUrl.substring("/y-kien/theo-doi/".length());
        // 192 random bits, URL-safe base64
        assertThat(token).matches("[A-Za-z0-9_-]{32}");

        Submission filed = submissions.get(number);
        assertThat(filed.getChannel()).isEqualTo(Channel.WEB);
        assertThat(filed.getNeighbourhoodCode()).isEqualTo("K2");
        assertThat(filed.getKind()).isEqualTo(Kind.COMPLAINT);
        assertThat(filed.getText()).isEqualTo(Normalizer.normalize(decomposed, Normalizer.Form.NFC));
        assertThat(filed.isAnonymous()).isTrue();
        assertThat(filed.getAuthorName())
                .as("an anonymous filing keeps no name")
                .isNull();
        assertThat(filed.getContact()).isEqualTo("0912345678");

        JsonNode follow = get("/api/public/follow/" + token).json();
        assertThat(follow.get("number").asLong()).isEqualTo(number);
        assertThat(follow.get("status").asString()).isEqualTo("NEW");
        assertThat(follow.get("history")).hasSize(1);
        assertThat(follow.get("history").get(0).get("at").asString())
                .as("times in the ward's hour with its offset, as everywhere in the API")
                .endsWith("+07:00");
        assertThat(follow.has("answer")).isFalse();
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("text", with("text", "  "));
        cases.put("text-long", with("text", "a".repeat(4001)));
        cases.put("neighbourhood", with("neighbourhood", "K99"));
        cases.put("kind", with("kind", "PRAISE"));
        cases.put("topic", with("topic", 7));
        cases.put("topic-text", with("topic", "bảy"));
        cases.put("contact", with("contact", "gọi tôi nhé"));
        cases.put("anonymous", with("anonymous", "có"));
        long before = submissions.count();
        for (Map.Entry<String, Map<String, Object>> c : cases.entrySet()) {
            limiter.clear();
            Reply reply = postJson("/api/public/submissions", json.writeValueAsString(c.getValue()), null);
            String field = c.getKey().replace("-long", "").replace("-text", "");
            assertThat(reply.status()).as(c.getKey()).isEqualTo(400);
            assertThat(reply.json().get("error").asString()).isEqualTo("bad_request");
            assertThat(reply.json().get("field").asString()).as(c.getKey()).isEqualTo(field);
            assertThat(reply.json().get("message").asString()).isNotBlank();
        }
        Reply tooLong =
                postJson("/api/public/submissions", json.writeValueAsString(with("text", "b".repeat(4001))), null);
        assertThat(tooLong.json().get("message").asString()).contains("4.000");

        Reply malformed = postJson("/api/public/submissions", "{\"neighbourhood\": \"K1\", ", null);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("field").asString()).isEqualTo("body");
        assertThat(malformed.body()).doesNotContain("Exception");

        // Anyone may post here: a body far beyond any filing is refused before it is read.
        Map<String, Object> padded = new LinkedHashMap<>(with("text", unique("Đèn đường hỏng")));
        padded.put("padding", "x".repeat(200_000));
        Reply huge = postJson("/api/public/submissions", json.writeValueAsString(padded), null);
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.json().get("error").asString()).isEqualTo("content_too_large");
        assertThat(huge.json().get("field").asString()).isEqualTo("body");
        assertThat(huge.json().get("message").asString()).isEqualTo("Nội dung gửi lên quá lớn.");
        assertThat(submissions.count()).as("nothing was filed").isEqualTo(before);
    }

    @Test
    void anAddressThatFilesTooFastIsToldToWait() {
        for (int i = 0; i < settings.filingsPerMinute(); i++) {
            file("K1", unique("Rác tồn đọng đầu hẻm " + i), null);
        }
        Reply refused =
                postJson("/api/public/submissions", json.writeValueAsString(with("text", unique("Thêm"))), null);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("error").asString()).isEqualTo("too_many_requests");
        assertThat(refused.json().get("message").asString()).contains("một phút");
        assertThat(refused.header("Retry-After")).isEqualTo("60");
    }

    @Test
    void aContactPastTheDailyLimitIsRefusedUntilTomorrow() {
        String contact = "limit-" + System.nanoTime() + "@example.vn";
        for (int i = 0; i < settings.dailySubmissions(); i++) {
            if (i % settings.filingsPerMinute() == 0) {
                limiter.clear(); // the per-address rate is another rule; this test is about the day
            }
            file("K3", unique("Vỉa hè bị lấn chiếm số " + i), contact);
        }
        limiter.clear();
        Map<String, Object> more = with("text", unique("Một ý kiến nữa"));
        more.put("contact", contact.toUpperCase());
        Reply refused = postJson("/api/public/submissions", json.writeValueAsString(more), null);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("message").asString()).contains("ngày mai");

        more.put("contact", "someone-else-" + System.nanoTime() + "@example.vn");
        assertThat(postJson("/api/public/submissions", json.writeValueAsString(more), null)
                        .status())
                .as("another contact still files")
                .isEqualTo(201);
    }

    @Test
    void aTokenNeverIssuedIsNotFound() {
        for (String token :
                new String[] {"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "x", "not-a-token-at-all-but-long-enough"
                }) {
            Reply reply = get("/api/public/follow/" + token);
            assertThat(reply.status()).as(token).isEqualTo(404);
            assertThat(reply.json().get("error").asString()).isEqualTo("not_found");
            assertThat(reply.json().get("message").asString()).isNotBlank();
        }
        assertThat(get("/y-kien/theo-doi/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theFollowLinkShowsTheAnswerOnceAnOfficialAnswersThroughTheApi() {
        JsonNode filed = file("K4", unique("Xin hỏi lịch tiêm chủng tháng sau"), "0987654321");
        long number = filed.get("number").asLong();
        String token = filed.get("followUrl").asString().substring("/y-kien/theo-doi/".length());

        officialAnswers(number, "Lịch tiêm chủng: sáng thứ Bảy tại trạm y tế phường.");

        JsonNode follow = get("/api/public/follow/" + token).json();
        assertThat(follow.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(follow.get("answer").get("text").asString())
                .isEqualTo("Lịch tiêm chủng: sáng thứ Bảy tại trạm y tế phường.");
        assertThat(follow.get("answer").get("answeredBy").asString()).isEqualTo("Chủ tịch UBND");
        assertThat(follow.get("history")).hasSize(2);
        assertThat(follow.get("history").get(1).get("status").asString()).isEqualTo("ANSWERED");
        assertThat(follow.get("answer").get("answeredAt").asString()).endsWith("+07:00");
        assertThat(follow.toString()).as("officials' account names stay inside").doesNotContain("admin");

        Reply page = get("/y-kien/theo-doi/" + token);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Lịch tiêm chủng: sáng thứ Bảy tại trạm y tế phường.", "Đã trả lời");
        assertThat(page.header("Cache-Control")).contains("no-store");
    }

    @Test
    void aResidentSupportsASimilarMatterInsteadOfFiling() {
        String words = unique("Đèn đường hẻm 7 bị hỏng tối om nhiều tuần");
        JsonNode first = file("K3", words, "0900000001");
        long number = first.get("number").asLong();

        JsonNode similar = get("/api/public/similar?neighbourhood=K3&text="
                        + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8))
                .json();
        assertThat(similar.findValuesAsString("reference")).contains("#" + number);
        Reply noText = get("/api/public/similar?neighbourhood=K3");
        assertThat(noText.status()).isEqualTo(400);
        assertThat(noText.json().get("field").asString()).isEqualTo("text");
        assertThat(noText.json().get("message").asString()).isEqualTo("Thiếu tham số «text».");

        Reply support =
                postJson("/api/public/submissions/" + number + "/support", "{\"contact\":\"0900000002\"}", null);
        assertThat(support.status()).isEqualTo(201);
        assertThat(support.json().get("number").asLong()).isEqualTo(number);
        assertThat(submissions.get(number).getSupporters()).isEqualTo(2);

        Reply again = postJson("/api/public/submissions/" + number + "/support", "{\"contact\":\"0900000002\"}", null);
        assertThat(again.status()).isEqualTo(201);
        assertThat(submissions.get(number).getSupporters())
                .as("one person counts once")
                .isEqualTo(2);

        String token = support.json().get("followUrl").asString().substring("/y-kien/theo-doi/".length());
        assertThat(get("/api/public/follow/" + token).json().get("number").asLong())
                .isEqualTo(number);
    }

    @Test
    void theOfficialsApiStillAsksForALogin() {
        assertThat(get("/api/submissions").status()).isEqualTo(401);
        assertThat(postJson("/api/submissions/1/status", "{\"status\":\"ANSWERED\",\"answer\":\"x\"}", null)
                        .status())
                .isEqualTo(401);
    }

    private Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("neighbourhood", "K1");
        body.put("kind", "QUESTION");
        body.put("topic", 2);
        body.put("text", unique("Hỏi về trợ cấp người cao tuổi"));
        body.put("anonymous", false);
        body.put(field, value);
        return body;
    }
}
