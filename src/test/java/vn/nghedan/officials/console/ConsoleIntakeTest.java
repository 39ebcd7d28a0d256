package vn.nghedan.officials.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.nghedan.officials.ConsoleTestSupport;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.submission.Submission;

/** Entering a submission for a resident who came to the office, wrote or phoned. */
class ConsoleIntakeTest extends ConsoleTestSupport {

    private static final Pattern FORM_KEY = Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"");

    private static String formKey(Reply page) {
        Matcher m = FORM_KEY.matcher(page.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void aSpokenSubmissionIsFiledOnceWithItsAuthorRegistered() {
        Session head = signIn(official(Role.NEIGHBOURHOOD_HEAD, "K2"));
        String key = formKey(head.get("/console/submissions/new"));
        String text = "Bà Tư phản ánh đèn đường hẻm 12 không sáng " + marker();
        String[] form = {
            "formKey", key,
            "channel", "SPOKEN",
            "neighbourhood", "K2",
            "kind", "COMPLAINT",
            "topic", "5",
            "text", text,
            "authorName", "Trần Thị Tư",
            "contact", "0939 111 222"
        };

        Reply first = head.post("/console/submissions/new", form);
        Reply again = head.post("/console/submissions/new", form);

        assertThat(first.status()).isEqualTo(302);
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        long number = Long.parseLong(first.header("Location").replaceAll(".*/", ""));
        Submission s = submissions.get(number);
        assertThat(s.getText()).isEqualTo(text);
        assertThat(s.getChannel().name()).isEqualTo("SPOKEN");
        assertThat(s.getAuthorName()).isEqualTo("Trần Thị Tư");
        assertThat(s.getResidentId()).isNotNull();
        assertThat(head.get(first.header("Location")).body()).contains("Đã lưu ý kiến #" + number);
        assertThat(auditActions(s.reference())).contains("SUBMISSION_ENTERED");
    }

    @Test
    void anAnonymousLetterNeedsNoNameAndMistakesAreShownBesideTheFields() {
        Session admin = signIn(ADMIN);
        String key = formKey(admin.get("/console/submissions/new"));

        Reply refused = admin.post(
                "/console/submissions/new", "formKey", key, "channel", "BOT", "neighbourhood", "", "text", "!!!");
        Reply filed = admin.post(
                "/console/submissions/new",
                "formKey",
                key,
                "channel",
                "WRITTEN",
                "neighbourhood",
                "K1",
                "kind",
                "PROPOSAL",
                "topic",
                "2",
                "text",
                "Đề nghị mở thêm lớp học tình thương " + marker(),
                "anonymous",
                "true");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Cần điền mục này.");
        assertThat(filed.status()).isEqualTo(302);
        Submission s = submissions.get(Long.parseLong(filed.header("Location").replaceAll(".*/", "")));
        assertThat(s.isAnonymous()).isTrue();
        assertThat(s.getResidentId()).isNull();
    }

    @Test
    void aHeadCannotEnterForAnotherNeighbourhood() {
        Session head = signIn(official(Role.NEIGHBOURHOOD_HEAD, "K1"));
        String key = formKey(head.get("/console/submissions/new"));

        Reply reply = head.post(
                "/console/submissions/new",
                "formKey",
                key,
                "channel",
                "PHONE",
                "neighbourhood",
                "K3",
                "kind",
                "QUESTION",
                "topic",
                "1",
                "text",
                "Hỏi về cấp giấy phép xây dựng " + marker());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("không thuộc phạm vi của bạn");
        assertThat(head.get("/console/submissions/new").body()).doesNotContain("value=\"K3\"");
    }
}
