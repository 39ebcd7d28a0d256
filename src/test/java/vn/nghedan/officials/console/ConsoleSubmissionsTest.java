package vn.nghedan.officials.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import vn.nghedan.officials.ConsoleTestSupport;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.submission.Attachment;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Kind;
import vn.nghedan.submission.NewSubmission;
import vn.nghedan.submission.Submission;

/** The submission pages over HTTP: lists, export, detail, moderation forms, and who may do what. */
class ConsoleSubmissionsTest extends ConsoleTestSupport {

    @Value("${nghedan.data-folder}")
    String dataFolder;

    // --- list, search, export -----------------------------------------------------------

    @Test
    void searchIgnoresDiacriticsAndFiltersNarrowTheList() {
        String m = marker();
        Submission flooded = file("K1", "Đường Nguyễn Huệ bị ngập nước khi mưa " + m, false);
        Submission litter = file("K2", "Rác thải ở chợ " + m, false);
        Session admin = signIn(ADMIN);

        Reply search = admin.get("/console/submissions?q=ngap+nuoc+" + m);
        Reply byNeighbourhood = admin.get("/console/submissions?neighbourhood=K2&q=" + m);
        Reply byChannel = admin.get("/console/submissions?channel=BOT&q=" + m);

        assertThat(search.status()).isEqualTo(200);
        assertThat(search.body()).contains(flooded.reference()).doesNotContain(litter.reference());
        assertThat(byNeighbourhood.body()).contains(litter.reference()).doesNotContain(flooded.reference());
        assertThat(byChannel.body()).doesNotContain(flooded.reference(), litter.reference());
    }

    @Test
    void aBadFilterIsShownBesideItsFieldAndListsNothing() {
        file("K1", "Cống thoát nước bị tắc " + marker(), false);
        Session admin = signIn(ADMIN);

        Reply reply = admin.get("/console/submissions?topic=9&status=OPEN&from=2026-12-10&to=2026-12-01");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body())
                .contains("Lĩnh vực phải từ 1 đến 6.", "Giá trị không hợp lệ.", "Ngày kết thúc phải sau ngày bắt đầu.")
                .contains("0 ý kiến");
    }

    @Test
    void theCsvHasABomAndNeutralisesFormulas() {
        String m = marker();
        file("K3", "=HYPERLINK(\"http://evil\") xin sửa đường " + m, false);
        Session admin = signIn(ADMIN);

        Reply csv = admin.get("/console/submissions.csv?q=" + m);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment");
        assertThat(csv.body()).startsWith("\uFEFFSố,Ngày nhận,\"Khóm, ấp\",Loại");
        assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"http://evil\"\") xin sửa đường " + m + "\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'SUBMISSIONS_EXPORTED' AND detail LIKE ?")
                        .param("%" + m + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void csvCellsThatLookLikeFormulasGetAnApostrophe() {
        assertThat(ConsoleSubmissionCsv.neutralised("=1+1")).isEqualTo("'=1+1");
        assertThat(ConsoleSubmissionCsv.neutralised("+84 909")).isEqualTo("'+84 909");
        assertThat(ConsoleSubmissionCsv.neutralised("-2")).isEqualTo("'-2");
        assertThat(ConsoleSubmissionCsv.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ConsoleSubmissionCsv.neutralised("\tx")).isEqualTo("'\tx");
        assertThat(ConsoleSubmissionCsv.neutralised("\rx")).isEqualTo("'\rx");
        assertThat(ConsoleSubmissionCsv.neutralised("Đèn đường")).isEqualTo("Đèn đường");
        assertThat(ConsoleSubmissionCsv.neutralised(null)).isEmpty();
    }

    // --- detail -------------------------------------------------------------------------

    @Test
    void residentTextIsEscapedAndOpeningThePageIsAudited() {
        Submission s = file("K1", "<script>alert(1)</script> <b>đèn</b> " + marker(), false);
        Session admin = signIn(ADMIN);

        Reply page = admin.get("/console/submissions/" + s.number());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;đèn&lt;/b&gt;")
                .doesNotContain("<script>alert(1)")
                .contains("Nguyễn Thị Lan", "0909 000 111");
        assertThat(auditActions(s.reference())).contains("SUBMISSION_VIEWED");
    }

    @Test
    void anAnonymousAuthorIsNotNamedAndViewersSeeNoNames() {
        Submission anonymous = file("K1", "Xin thêm thùng rác " + marker(), true);
        Submission named = file("K1", "Xin sửa cầu " + marker(), false);
        Session viewer = signIn(official(Role.VIEWER));
        Session admin = signIn(ADMIN);

        assertThat(admin.get("/console/submissions/" + anonymous.number()).body())
                .doesNotContain("Nguyễn Thị Lan")
                .contains("Giấu tên");
        assertThat(viewer.get("/console/submissions/" + named.number()).body())
                .doesNotContain("Nguyễn Thị Lan", "0909 000 111");
    }

    @Test
    void keptPhotosAreServedOnlyFromTheDataFolder() throws IOException {
        Path folder = Path.of(dataFolder, "attachments", "console-test");
        Files.createDirectories(folder);
        Path photo = Files.write(folder.resolve("1-photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2});
        Submission s = submissions.file(new NewSubmission(
                null,
                "K2",
                Kind.COMPLAINT,
                5,
                "Ổ gà trước nhà số 9 " + marker(),
                false,
                Channel.BOT,
                null,
                null,
                10.29,
                105.76,
                List.of(
                        new Attachment("PHOTO", "photo.jpg", photo.toString(), 4L, null),
                        new Attachment("DOCUMENT", "hosts", "/etc/hosts", 10L, null),
                        new Attachment("PHOTO", "photo.jpg", null, null, null)),
                null,
                "test"));
        Session admin = signIn(ADMIN);
        try {
            Reply page = admin.get("/console/submissions/" + s.number());
            Reply kept = admin.get("/console/submissions/" + s.number() + "/attachments/0");
            Reply outside = admin.get("/console/submissions/" + s.number() + "/attachments/1");
            Reply notYet = admin.get("/console/submissions/" + s.number() + "/attachments/2");
            Reply beyond = admin.get("/console/submissions/" + s.number() + "/attachments/9");

            assertThat(page.body())
                    .contains("https://www.openstreetmap.org/?mlat=10.290000&amp;mlon=105.760000")
                    .contains("/attachments/0\"");
            assertThat(kept.status()).isEqualTo(200);
            assertThat(kept.header("Content-Type")).isEqualTo("image/jpeg");
            assertThat(kept.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(outside.status()).isEqualTo(404);
            assertThat(notYet.status()).isEqualTo(404);
            assertThat(beyond.status()).isEqualTo(404);
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    // --- moderation ---------------------------------------------------------------------

    @Test
    void acceptToASessionThenAnswerThenReopen() {
        Submission s = file("K2", "Xin lắp đèn hẻm 7 " + marker(), false);
        long session = planSession("Đối thoại khóm 2", 20, "\"K2\"");
        Session admin = signIn(ADMIN);

        Reply accepted = admin.post(
                "/console/submissions/" + s.number() + "/accept",
                "version",
                "" + version(admin.get("/console/submissions/" + s.number())),
                "sessionId",
                "" + session);
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(accepted.header("Location")).endsWith("/console/submissions/" + s.number());
        assertThat(admin.get("/console/submissions/" + s.number()).body())
                .contains("Đã tiếp nhận ý kiến " + s.reference());
        assertThat(submissions.get(s.number()).getSessionId()).isEqualTo(session);

        Reply answered = admin.post(
                "/console/submissions/" + s.number() + "/answer",
                "version",
                "" + version(admin.get("/console/submissions/" + s.number())),
                "answer",
                "Phường sẽ lắp đèn trong tháng 12.",
                "answerForm",
                "IN_WRITING",
                "commitment",
                "Lắp 3 bóng đèn",
                "deadline",
                "2026-12-31");
        assertThat(answered.status()).isEqualTo(302);
        Submission after = submissions.get(s.number());
        assertThat(after.getStatus().name()).isEqualTo("ANSWERED");
        assertThat(after.getCommitmentDeadline()).hasToString("2026-12-31");
        assertThat(after.getAnsweredBy()).isEqualTo("admin");

        Reply reopened = admin.post(
                "/console/submissions/" + s.number() + "/reopen",
                "version",
                "" + version(admin.get("/console/submissions/" + s.number())));
        assertThat(reopened.status()).isEqualTo(302);
        assertThat(statusOf(s.number())).isEqualTo("NEW");
        assertThat(auditActions(s.reference()))
                .contains("SUBMISSION_ACCEPTED", "SUBMISSION_ANSWERED", "SUBMISSION_REOPENED");
    }

    @Test
    void aRejectionWithoutReasonIsRefusedBesideTheField() {
        Submission s = file("K1", "Xin hỗ trợ hộ nghèo " + marker(), false);
        Session admin = signIn(ADMIN);
        int version = version(admin.get("/console/submissions/" + s.number()));

        Reply refused =
                admin.post("/console/submissions/" + s.number() + "/reject", "version", "" + version, "reason", " ");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .containsPattern("id=\"reason\"[^>]*class=\"invalid\"|class=\"invalid\"[^>]*id=\"reason\"");
        assertThat(refused.body()).contains("Cần điền mục này.").contains("id=\"step-reject\" open");
        assertThat(statusOf(s.number())).isEqualTo("NEW");
    }

    @Test
    void aStaleFormIsRefusedWith409AndChangesNothing() {
        Submission s = file("K1", "Xin sửa mái che chợ " + marker(), false);
        Session admin = signIn(ADMIN);
        int seen = version(admin.get("/console/submissions/" + s.number()));
        submissions.accept(s.number(), null, "colleague");

        Reply stale = admin.post(
                "/console/submissions/" + s.number() + "/reject", "version", "" + seen, "reason", "Trùng lặp");

        assertThat(stale.status()).isEqualTo(409);
        // what the official typed is still in the form (Thymeleaf writes ù as an entity)
        assertThat(stale.body()).contains("CHƯA được lưu", "colleague", ">Tr&ugrave;ng lặp</textarea>");
        assertThat(version(stale)).isGreaterThan(seen);
        assertThat(statusOf(s.number())).isEqualTo("ACCEPTED");
    }

    @Test
    void aStepTheStatusDoesNotAllowIs409() {
        Submission s = file("K1", "Xin làm lại vỉa hè " + marker(), false);
        submissions.reject(s.number(), "Ngoài phạm vi", "test");
        Session admin = signIn(ADMIN);
        int version = version(admin.get("/console/submissions/" + s.number()));

        Reply reply = admin.post("/console/submissions/" + s.number() + "/accept", "version", "" + version);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body()).contains("Không tiếp nhận");
    }

    @Test
    void similarSubmissionsAreOfferedAsMergeTargets() {
        String m = marker();
        Submission first = file("K3", "Đường Lê Lợi ngập nước sau mưa lớn " + m, false);
        Submission second = file("K3", "Duong Le Loi ngap nuoc moi khi mua lon " + m, false);
        Session admin = signIn(ADMIN);

        Reply page = admin.get("/console/submissions/" + second.number());
        assertThat(page.body()).contains("Gộp vào " + first.reference());

        Reply merged = admin.post(
                "/console/submissions/" + second.number() + "/merge",
                "version",
                "" + version(page),
                "mergeInto",
                "" + first.number());

        assertThat(merged.status()).isEqualTo(302);
        assertThat(statusOf(second.number())).isEqualTo("MERGED");
        assertThat(submissions.get(first.number()).getSupporters()).isEqualTo(2);
    }

    @Test
    void mergingIntoItselfIsRefusedBesideTheField() {
        Submission s = file("K3", "Xin cắt tỉa cây xanh " + marker(), false);
        Session admin = signIn(ADMIN);
        int version = version(admin.get("/console/submissions/" + s.number()));

        Reply reply = admin.post(
                "/console/submissions/" + s.number() + "/merge", "version", "" + version, "mergeInto", "" + s.number());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("Không thể gộp ý kiến vào chính nó.");
    }

    // --- who may ------------------------------------------------------------------------

    @Test
    void aHeadTamperingWithTheUrlGetsA404AndADeniedAuditEntry() {
        Submission other = file("K2", "Xin sửa cống khóm 2 " + marker(), false);
        Submission own = file("K1", "Xin sửa cống khóm 1 " + marker(), false);
        Login headLogin = official(Role.NEIGHBOURHOOD_HEAD, "K1");
        Session head = signIn(headLogin);

        Reply mine = head.get("/console/submissions/" + own.number());
        Reply tampered = head.get("/console/submissions/" + other.number());
        Reply tamperedPost =
                head.post("/console/submissions/" + other.number() + "/reject", "version", "0", "reason", "x");
        Reply list = head.get("/console/submissions?neighbourhood=K2");

        assertThat(mine.status()).isEqualTo(200);
        assertThat(tampered.status()).isEqualTo(404);
        assertThat(tampered.body()).doesNotContain("Xin sửa cống khóm 2");
        assertThat(tamperedPost.status()).isEqualTo(404);
        assertThat(statusOf(other.number())).isEqualTo("NEW");
        assertThat(list.body()).doesNotContain(other.reference());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'DENIED' AND actor = ? AND target = ?")
                        .params(headLogin.username(), other.reference())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void viewersSeeNoFormsAndTheirPostsAreRefused() {
        Submission s = file("K1", "Xin thêm ghế đá công viên " + marker(), false);
        Session viewer = signIn(official(Role.VIEWER));

        Reply page = viewer.get("/console/submissions/" + s.number());
        Reply post = viewer.post("/console/submissions/" + s.number() + "/reject", "version", "0", "reason", "x");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("/reject\"", "/accept\"", "Nhập ý kiến</a>");
        assertThat(post.status()).isEqualTo(403);
        assertThat(post.body()).contains("Tài khoản của bạn không được làm việc này.");
        assertThat(statusOf(s.number())).isEqualTo("NEW");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        Submission s = file("K1", "Xin sửa loa phường " + marker(), false);
        Session admin = signIn(ADMIN);

        Reply reply = admin.postWithoutToken("/console/submissions/" + s.number() + "/reopen");

        assertThat(reply.status()).isEqualTo(403);
    }
}
