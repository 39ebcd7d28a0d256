package vn.nghedan.officials.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.nghedan.officials.ApiTestSupport;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.submission.Submission;

/** {@code /api/submissions}: lists, details and moderation steps, with who may see and do what. */
class SubmissionApiTest extends ApiTestSupport {

    // --- lists ---------------------------------------------------------------------------

    @Test
    void listsFilterByNeighbourhoodStatusAndTopicNewestFirst() {
        String marker = marker();
        Submission k1 = file("K1", "Đèn đường hẻm 5 bị hỏng " + marker, false);
        Submission k2 = file("K2", "Cống thoát nước bị tắc " + marker, false);

        Reply all = get("/api/submissions?q=" + marker, ADMIN);
        Reply onlyK1 = get("/api/submissions?neighbourhood=k1&status=NEW&topic=1&q=" + marker, ADMIN);

        assertThat(all.status()).isEqualTo(200);
        assertThat(numbers(all)).containsExactly(k2.number(), k1.number());
        assertThat(all.json().get("total").asLong()).isEqualTo(2);
        assertThat(all.json().get("page").asInt()).isZero();
        assertThat(all.json().get("size").asInt()).isEqualTo(20);
        assertThat(numbers(onlyK1)).containsExactly(k1.number());
        JsonNode item = onlyK1.json().get("items").get(0);
        assertThat(item.get("kind").asString()).isEqualTo("QUESTION");
        assertThat(item.get("topic").asInt()).isEqualTo(1);
        assertThat(item.get("neighbourhood").asString()).isEqualTo("K1");
        assertThat(item.get("text").asString()).startsWith("Đèn đường hẻm 5");
        assertThat(item.get("status").asString()).isEqualTo("NEW");
        assertThat(item.get("createdAt").asString()).endsWith("+07:00");
        assertThat(item.get("supporters").asInt()).isEqualTo(1);
        assertThat(item.get("channel").asString()).isEqualTo("WRITTEN");
        assertThat(item.get("anonymous").asBoolean()).isFalse();
    }

    @Test
    void pagesAreZeroBasedAndSized() {
        String marker = marker();
        Submission older = file("K3", "Xin lắp camera an ninh " + marker, false);
        Submission newer = file("K3", "Xin lắp thêm camera " + marker, false);

        Reply first = get("/api/submissions?size=1&q=" + marker, ADMIN);
        Reply second = get("/api/submissions?size=1&page=1&q=" + marker, ADMIN);
        Reply beyond = get("/api/submissions?size=1&page=5&q=" + marker, ADMIN);

        assertThat(numbers(first)).containsExactly(newer.number());
        assertThat(numbers(second)).containsExactly(older.number());
        assertThat(first.json().get("total").asLong()).isEqualTo(2);
        assertThat(numbers(beyond)).isEmpty();
    }

    @Test
    void searchIgnoresVietnameseDiacritics() {
        String marker = marker();
        Submission flooded = file("K2", "Đường Nguyễn Huệ bị ngập nước mỗi khi mưa lớn " + marker, false);
        file("K2", "Rác thải bừa bãi ở chợ " + marker, false);

        Reply reply = get("/api/submissions?size=200&q=ngap%20nuoc", ADMIN);

        assertThat(numbers(reply)).contains(flooded.number());
        assertThat(numbers(get("/api/submissions?q=NGAP+nuoc+" + marker, ADMIN)))
                .containsExactly(flooded.number());
    }

    @Test
    void badListParametersAre400NamingTheParameter() {
        assertBadList("page=-1", "page");
        assertBadList("size=0", "size");
        assertBadList("size=201", "size");
        assertBadList("size=many", "size");
        assertBadList("status=OPEN", "status");
        assertBadList("neighbourhood=K9", "neighbourhood");
        assertBadList("topic=7", "topic");

        Reply status = get("/api/submissions?status=OPEN", ADMIN);
        assertThat(status.json().get("message").asString()).contains("NEW", "ACCEPTED", "ANSWERED");
    }

    @Test
    void authorsAreNamedOnlyWhenNotAnonymousAndNeverToViewers() {
        String marker = marker();
        Submission named = file("K1", "Hỏi về hồ sơ đất đai " + marker, false);
        Submission anonymous = file("K1", "Phản ánh tiếng ồn quán karaoke " + marker, true);
        Login viewer = official(Role.VIEWER);

        JsonNode forAdmin = get("/api/submissions?q=" + marker, ADMIN).json().get("items");
        JsonNode forViewer = get("/api/submissions?q=" + marker, viewer).json().get("items");
        JsonNode anonymousDetail =
                get("/api/submissions/" + anonymous.number(), ADMIN).json();
        JsonNode namedDetail = get("/api/submissions/" + named.number(), ADMIN).json();

        assertThat(itemOf(forAdmin, named).get("author").asString()).isEqualTo("Nguyễn Thị Lan");
        assertThat(itemOf(forAdmin, anonymous).has("author")).isFalse();
        assertThat(itemOf(forViewer, named).has("author")).isFalse();
        assertThat(anonymousDetail.has("author")).isFalse();
        assertThat(anonymousDetail.has("contact")).isFalse();
        assertThat(anonymousDetail.toString()).doesNotContain("Nguyễn Thị Lan", "0909");
        assertThat(namedDetail.get("contact").asString()).isEqualTo("0909 000 111");
        assertThat(get("/api/submissions/" + named.number(), viewer).json().has("author"))
                .isFalse();
    }

    // --- one submission ------------------------------------------------------------------

    @Test
    void oneSubmissionComesWithItsHistory() {
        Submission s = file("K1", "Xin sửa cầu khỉ qua kênh", false);

        Reply reply = get("/api/submissions/" + s.number(), ADMIN);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode detail = reply.json();
        assertThat(detail.get("number").asLong()).isEqualTo(s.number());
        assertThat(detail.get("reference").asString()).isEqualTo("#" + s.number());
        assertThat(detail.get("history").get(0).get("action").asString()).isEqualTo("FILED");
        assertThat(detail.get("history").get(0).get("to").asString()).isEqualTo("NEW");
        assertThat(detail.get("attachments").size()).isZero();
        assertThat(detail.get("answer").isNull()).isTrue();
    }

    @Test
    void anUnknownSubmissionIs404() {
        Reply reply = get("/api/submissions/99999999", ADMIN);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("error").asString()).isEqualTo("not_found");
        assertThat(post("/api/submissions/99999999/status", ADMIN, "{\"status\": \"ACCEPTED\"}")
                        .status())
                .isEqualTo(404);
    }

    // --- neighbourhood heads and viewers ---------------------------------------------------

    @Test
    void aHeadSeesAndModeratesOnlyTheirOwnNeighbourhoods() {
        String marker = marker();
        Submission own = file("K2", "Ổ gà trên đường số 3 " + marker, false);
        Submission other = file("K1", "Ổ gà trên đường số 4 " + marker, false);
        Login head = official(Role.NEIGHBOURHOOD_HEAD, "K2");

        assertThat(numbers(get("/api/submissions?q=" + marker, head))).containsExactly(own.number());
        assertThat(numbers(get("/api/submissions?neighbourhood=K1&q=" + marker, head)))
                .isEmpty();
        assertThat(get("/api/submissions/" + other.number(), head).status()).isEqualTo(404);
        assertThat(post("/api/submissions/" + other.number() + "/status", head, "{\"status\": \"ACCEPTED\"}")
                        .status())
                .isEqualTo(404);
        assertThat(get("/api/submissions/" + other.number(), ADMIN)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("NEW");

        Reply accepted = post("/api/submissions/" + own.number() + "/status", head, "{\"status\": \"ACCEPTED\"}");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void aHeadCannotMergeIntoAnotherNeighbourhoodsSubmission() {
        Submission own = file("K2", "Xin trồng cây xanh", false);
        Submission other = file("K1", "Xin trồng thêm cây xanh", false);
        Login head = official(Role.NEIGHBOURHOOD_HEAD, "K2");

        Reply reply = post(
                "/api/submissions/" + own.number() + "/status",
                head,
                "{\"status\": \"MERGED\", \"mergeInto\": " + other.number() + "}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("field").asString()).isEqualTo("mergeInto");
    }

    @Test
    void aViewerCannotModerate() {
        Submission s = file("K1", "Đề nghị sơn lại vạch kẻ đường", false);

        Reply reply =
                post("/api/submissions/" + s.number() + "/status", official(Role.VIEWER), "{\"status\": \"ACCEPTED\"}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("error").asString()).isEqualTo("forbidden");
        assertThat(get("/api/submissions/" + s.number(), ADMIN)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("NEW");
    }

    // --- moderation steps ----------------------------------------------------------------

    @Test
    void acceptingPutsTheItemOnASessionOfItsNeighbourhood() {
        long session = planSession("Phiên khóm 3", 30, "\"K3\"");
        long otherSession = planSession("Phiên khóm 1", 30, "\"K1\"");
        Submission s = file("K3", "Hỏi về trợ cấp người cao tuổi", false);

        Reply wrongSession = changeStatus(s, "{\"status\": \"ACCEPTED\", \"sessionId\": " + otherSession + "}");
        Reply unknownSession = changeStatus(s, "{\"status\": \"ACCEPTED\", \"sessionId\": 987654}");
        Reply accepted = changeStatus(s, "{\"status\": \"ACCEPTED\", \"sessionId\": " + session + "}");

        assertThat(wrongSession.status()).isEqualTo(400);
        assertThat(wrongSession.json().get("field").asString()).isEqualTo("sessionId");
        assertThat(unknownSession.status()).isEqualTo(400);
        assertThat(unknownSession.json().get("field").asString()).isEqualTo("sessionId");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().get("sessionId").asLong()).isEqualTo(session);
        assertThat(auditActions(s.reference())).containsExactly("SUBMISSION_ACCEPTED");
        assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE target = ?")
                        .param(s.reference())
                        .query(String.class)
                        .single())
                .isEqualTo("admin");
    }

    @Test
    void rejectingNeedsAReasonAndAnAnsweredItemCannotBeRejected() {
        Submission s = file("K1", "Hỏi giờ làm việc của bộ phận một cửa", false);

        Reply noReason = changeStatus(s, "{\"status\": \"REJECTED\"}");
        Reply answered = changeStatus(s, """
                {"status": "ANSWERED", "answer": "Từ 7 giờ đến 17 giờ, thứ Hai đến thứ Sáu.", "form": "IN_WRITING",
                 "commitment": "Niêm yết giờ làm việc tại cửa", "deadline": "2026-12-31"}""");
        Reply rejectAnswered = changeStatus(s, "{\"status\": \"REJECTED\", \"reason\": \"Trùng\"}");

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("field").asString()).isEqualTo("reason");
        assertThat(answered.status()).isEqualTo(200);
        JsonNode answer = answered.json().get("answer");
        assertThat(answered.json().get("status").asString()).isEqualTo("ANSWERED");
        assertThat(answer.get("text").asString()).startsWith("Từ 7 giờ");
        assertThat(answer.get("form").asString()).isEqualTo("IN_WRITING");
        assertThat(answer.get("commitment").asString()).isEqualTo("Niêm yết giờ làm việc tại cửa");
        assertThat(answer.get("deadline").asString()).isEqualTo("2026-12-31");
        assertThat(answer.get("answeredBy").asString()).isEqualTo("admin");
        assertThat(rejectAnswered.status()).isEqualTo(409);
        assertThat(rejectAnswered.json().get("error").asString()).isEqualTo("conflict");
        assertThat(rejectAnswered.json().get("message").asString())
                .isEqualTo("Không làm được bước này khi ý kiến đang ở trạng thái ANSWERED.");
        assertThat(auditActions(s.reference())).containsExactly("SUBMISSION_ANSWERED");
    }

    @Test
    void aRejectedItemIsReopenedWithStatusNew() {
        Submission s = file("K2", "Xin cấp lại sổ hộ nghèo", false);

        Reply rejected = changeStatus(s, "{\"status\": \"REJECTED\", \"reason\": \"Không thuộc thẩm quyền\"}");
        Reply reopened = changeStatus(s, "{\"status\": \"NEW\"}");
        Reply reopenedAgain = changeStatus(s, "{\"status\": \"NEW\"}");

        assertThat(rejected.json().get("reason").asString()).isEqualTo("Không thuộc thẩm quyền");
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.json().get("status").asString()).isEqualTo("NEW");
        assertThat(reopenedAgain.status()).isEqualTo(409);
        assertThat(auditActions(s.reference())).containsExactly("SUBMISSION_REJECTED", "SUBMISSION_REOPENED");
    }

    @Test
    void mergingJoinsSupportersAndRefusesItselfOrAMergedTarget() {
        Submission target = file("K3", "Đường vào trường học bị ngập", false);
        Submission duplicate = file("K3", "Đường vào trường bị ngập nước", false);
        Submission third = file("K3", "Đường trường học ngập sâu", false);

        Reply intoItself = changeStatus(target, "{\"status\": \"MERGED\", \"mergeInto\": " + target.number() + "}");
        Reply withoutTarget = changeStatus(duplicate, "{\"status\": \"MERGED\"}");
        Reply merged = changeStatus(duplicate, "{\"status\": \"MERGED\", \"mergeInto\": " + target.number() + "}");
        Reply intoMerged = changeStatus(third, "{\"status\": \"MERGED\", \"mergeInto\": " + duplicate.number() + "}");
        JsonNode targetNow = get("/api/submissions/" + target.number(), ADMIN).json();

        // Bad input whatever the status, named like any other (it was a 409 with an English text).
        assertThat(intoItself.status()).isEqualTo(400);
        assertThat(intoItself.json().get("field").asString()).isEqualTo("mergeInto");
        assertThat(withoutTarget.status()).isEqualTo(400);
        assertThat(withoutTarget.json().get("field").asString()).isEqualTo("mergeInto");
        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.json().get("status").asString()).isEqualTo("MERGED");
        assertThat(merged.json().get("mergedInto").asLong()).isEqualTo(target.number());
        assertThat(intoMerged.status()).isEqualTo(409);
        assertThat(targetNow.get("supporters").asInt()).isEqualTo(2);
        assertThat(targetNow.get("mergedFrom").get(0).asLong()).isEqualTo(duplicate.number());
    }

    @Test
    void referringNeedsToWhomOrAReason() {
        Submission s = file("K1", "Tranh chấp đất với hộ bên cạnh", false);
        Submission t = file("K1", "Hỏi về thuế đất", false);

        Reply nothing = changeStatus(s, "{\"status\": \"REFERRED\"}");
        Reply referred = changeStatus(s, "{\"status\": \"REFERRED\", \"referredTo\": \"Tòa án nhân dân thành phố\"}");
        Reply byReason = changeStatus(t, "{\"status\": \"REFERRED\", \"reason\": \"Chi cục Thuế khu vực\"}");

        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.json().get("field").asString()).isEqualTo("referredTo");
        assertThat(referred.json().get("referredTo").asString()).isEqualTo("Tòa án nhân dân thành phố");
        assertThat(byReason.json().get("status").asString()).isEqualTo("REFERRED");
        assertThat(byReason.json().get("referredTo").asString()).isEqualTo("Chi cục Thuế khu vực");
    }

    @Test
    void badModerationInputIs400NamingTheField() {
        Submission s = file("K2", "Hỏi về tiêm chủng cho trẻ", false);

        assertBadStep(s, "{}", "status");
        assertBadStep(s, "{\"status\": \"CLOSED\"}", "status");
        assertBadStep(s, "{\"status\": \"WITHDRAWN\"}", "status");
        assertBadStep(s, "{\"status\": \"ANSWERED\"}", "answer");
        assertBadStep(s, "{\"status\": \"ANSWERED\", \"answer\": \"Có\", \"form\": \"BY_PHONE\"}", "form");
        assertBadStep(s, "{\"status\": \"ANSWERED\", \"answer\": \"Có\", \"deadline\": \"31/12/2026\"}", "deadline");
        assertBadStep(s, "{\"status\": \"ACCEPTED\", \"sessionId\": \"first\"}", "sessionId");
        assertBadStep(s, "{\"status\": \"ACCEPTED\", \"sessionId\": 99999999999999999999}", "sessionId");
        assertBadStep(s, "{\"status\": \"ACCEPTED\", \"sessionId\": 1e30}", "sessionId");
        assertBadStep(s, "{\"status\": \"MERGED\", \"mergeInto\": 1e30}", "mergeInto");
        assertBadStep(s, "{\"status\": ", "body");
        // The console's limits hold for the API too: the answer goes on to the resident.
        assertBadStep(s, "{\"status\": \"ANSWERED\", \"answer\": \"" + "ý".repeat(4001) + "\"}", "answer");
        assertBadStep(s, "{\"status\": \"REJECTED\", \"reason\": \"" + "x".repeat(2001) + "\"}", "reason");
        assertBadStep(s, "{\"status\": \"REFERRED\", \"referredTo\": \"" + "x".repeat(301) + "\"}", "referredTo");
        Reply itself = changeStatus(s, "{\"status\": \"MERGED\", \"mergeInto\": " + s.number() + "}");
        assertThat(itself.status()).isEqualTo(400);
        assertThat(itself.json().get("field").asString()).isEqualTo("mergeInto");
        assertThat(itself.json().get("message").asString()).contains("#" + s.number(), "chính nó");
        assertThat(get("/api/submissions/" + s.number(), ADMIN)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("NEW");
        assertThat(auditActions(s.reference())).isEmpty();
    }

    // --- helpers -------------------------------------------------------------------------

    private Reply changeStatus(Submission s, String body) {
        return post("/api/submissions/" + s.number() + "/status", ADMIN, body);
    }

    private void assertBadStep(Submission s, String body, String field) {
        Reply reply = changeStatus(s, body);
        assertThat(reply.status()).as(body).isEqualTo(400);
        assertThat(reply.json().get("error").asString()).isEqualTo("bad_request");
        assertThat(reply.json().get("field").asString()).as(body).isEqualTo(field);
    }

    private void assertBadList(String query, String field) {
        Reply reply = get("/api/submissions?" + query, ADMIN);
        assertThat(reply.status()).as(query).isEqualTo(400);
        assertThat(reply.json().get("error").asString()).isEqualTo("bad_request");
        assertThat(reply.json().get("field").asString()).as(query).isEqualTo(field);
    }

    /** A word no other test uses, so a search finds only this test's submissions. */
    private static String marker() {
        return "mk" + Long.toString(System.nanoTime(), 36);
    }

    private static List<Long> numbers(Reply reply) {
        List<Long> numbers = new ArrayList<>();
        reply.json()
                .get("items")
                .values()
                .forEach(item -> numbers.add(item.get("number").asLong()));
        return numbers;
    }

    private static JsonNode itemOf(JsonNode items, Submission s) {
        return items.valueStream()
                .filter(item -> item.get("number").asLong() == s.number())
                .findFirst()
                .orElseThrow();
    }
}
