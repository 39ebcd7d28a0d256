package vn.nghedan.officials.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import vn.nghedan.officials.ConsoleTestSupport;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.platform.Ward;
import vn.nghedan.session.SessionStatus;
import vn.nghedan.session.Sessions;
import vn.nghedan.submission.Submission;

/** The session pages: planning with the law's 7-day warning, the steps after it, answers item by item. */
class ConsoleSessionsTest extends ConsoleTestSupport {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @org.springframework.beans.factory.annotation.Autowired
    Sessions sessions;

    private String daysAhead(int days) {
        return LOCAL.format(LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(days)), Ward.ZONE));
    }

    @Test
    void planningLessThanSevenDaysAheadWarnsButPlans() {
        Session admin = signIn(ADMIN);
        String title = "Đối thoại gấp " + marker();

        Reply created = admin.post(
                "/console/sessions",
                "title",
                title,
                "kind",
                "DIALOGUE",
                "startsAt",
                daysAhead(3),
                "venue",
                "Hội trường UBND phường",
                "neighbourhoods",
                "K1");

        assertThat(created.status()).isEqualTo(302);
        Reply page = admin.get(created.header("Location"));
        assertThat(page.body())
                .contains(title, "Đã lưu buổi tiếp xúc.", "chưa đến 7 ngày")
                .doesNotContain("7 days", "officials.warning")
                .contains("Chỉ thông báo trước 2 ngày");
    }

    @Test
    void aSessionFormWithMistakesIsShownAgainWithMessagesBesideTheFields() {
        Session admin = signIn(ADMIN);

        Reply reply = admin.post("/console/sessions", "title", " ", "startsAt", daysAhead(-1), "venue", "Nhà văn hóa");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body())
                .contains("Cần điền mục này.", "Thời gian bắt đầu phải ở tương lai.", "Chọn ít nhất một khóm, ấp.")
                .contains("value=\"Nh&agrave; văn h&oacute;a\"");
    }

    @Test
    void aCraftedKindIsRefusedWithAMessageBesideTheChoice() {
        Session admin = signIn(ADMIN);

        Reply reply = admin.post(
                "/console/sessions",
                "title",
                "Buổi lạ",
                "kind",
                "PARTY",
                "startsAt",
                daysAhead(20),
                "venue",
                "Nhà văn hóa",
                "neighbourhoods",
                "K1");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).containsPattern("class=\"field-error\">[^<]+</span>\\s*</fieldset>");
    }

    @Test
    void editCancelAndTheStepsThatDoNotFit() {
        long id = planSession("Đối thoại quý " + marker(), 20, "\"K1\", \"K2\"");
        Session admin = signIn(ADMIN);

        Reply edited = admin.post(
                "/console/sessions/" + id + "/edit",
                "title",
                "Đối thoại đã dời",
                "kind",
                "VOTER_MEETING",
                "startsAt",
                daysAhead(25),
                "venue",
                "Nhà văn hóa khóm 2",
                "neighbourhoods",
                "K2");
        Reply heldTooEarly = admin.post("/console/sessions/" + id + "/held");
        Reply cancelled = admin.post("/console/sessions/" + id + "/cancel");
        Reply editAfterCancel = admin.post(
                "/console/sessions/" + id + "/edit",
                "title",
                "x",
                "startsAt",
                daysAhead(25),
                "venue",
                "y",
                "neighbourhoods",
                "K2");

        assertThat(edited.status()).isEqualTo(302);
        assertThat(sessions.get(id).getTitle()).isEqualTo("Đối thoại đã dời");
        assertThat(sessions.get(id).neighbourhoodCodes()).containsExactly("K2");
        assertThat(heldTooEarly.status()).isEqualTo(409);
        assertThat(heldTooEarly.body()).contains("chưa bắt đầu");
        assertThat(cancelled.status()).isEqualTo(302);
        assertThat(sessions.get(id).getStatus()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(editAfterCancel.status()).isEqualTo(409);
    }

    @Test
    void afterTheSessionAnswersAreRecordedItemByItemThenItIsHeldAndPublished() {
        long id = planSession("Đối thoại khóm 3 " + marker(), 8, "\"K3\"");
        Submission answered = file("K3", "Xin lắp camera ngã tư " + marker(), false);
        Submission left = file("K3", "Xin mở lớp học bơi " + marker(), false);
        submissions.accept(answered.number(), id, "test");
        submissions.accept(left.number(), id, "test");
        Session admin = signIn(ADMIN);
        clock.advance(Duration.ofDays(9));

        Reply page = admin.get("/console/sessions/" + id);
        assertThat(page.body()).contains(answered.reference(), left.reference(), "Ghi câu trả lời");

        String members =
                answered.number() + ":" + submissions.get(answered.number()).getVersion();
        Reply empty = admin.post(
                "/console/sessions/" + id + "/answers/" + answered.number(), "members", members, "answer", "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("Cần điền mục này.");

        Reply recorded = admin.post(
                "/console/sessions/" + id + "/answers/" + answered.number(),
                "members",
                members,
                "answerForm",
                "AT_SESSION",
                "answer",
                "Công an phường sẽ lắp camera.",
                "answeredBy",
                "Trưởng Công an phường");
        assertThat(recorded.status()).isEqualTo(302);
        Submission after = submissions.get(answered.number());
        assertThat(after.getStatus().name()).isEqualTo("ANSWERED");
        assertThat(after.getAnswerForm().name()).isEqualTo("AT_SESSION");
        assertThat(after.getAnsweredBy()).isEqualTo("Trưởng Công an phường");

        assertThat(admin.post("/console/sessions/" + id + "/held").status()).isEqualTo(302);
        assertThat(submissions.get(left.number()).getCarriedFromSessionId()).isEqualTo(id);
        Reply held = admin.get("/console/sessions/" + id);
        assertThat(held.body()).contains("còn 9 ngày để công bố kết quả");

        assertThat(admin.post("/console/sessions/" + id + "/results").status()).isEqualTo(302);
        assertThat(sessions.get(id).getResultsPublishedAt()).isNotNull();
        assertThat(auditActions("session " + id)).contains("SESSION_HELD", "SESSION_RESULTS_PUBLISHED");
    }

    @Test
    void aHeadSeesOnlyTheSessionsOfTheirNeighbourhoods() {
        long theirs = planSession("Đối thoại K1 " + marker(), 20, "\"K1\"");
        long other = planSession("Đối thoại K2 " + marker(), 20, "\"K2\"");
        Session head = signIn(official(Role.NEIGHBOURHOOD_HEAD, "K1"));

        assertThat(head.get("/console/sessions").body())
                .contains("/console/sessions/" + theirs + "\"")
                .doesNotContain("/console/sessions/" + other + "\"");
        assertThat(head.get("/console/sessions/" + theirs).status()).isEqualTo(200);
        assertThat(head.get("/console/sessions/" + other).status()).isEqualTo(404);
        assertThat(head.post("/console/sessions/" + theirs + "/cancel").status())
                .isEqualTo(403);
    }
}
