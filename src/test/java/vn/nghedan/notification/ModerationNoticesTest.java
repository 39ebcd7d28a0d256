package vn.nghedan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nghedan.resident.Resident;
import vn.nghedan.submission.Answer;
import vn.nghedan.submission.AnswerForm;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Kind;
import vn.nghedan.submission.NewSubmission;
import vn.nghedan.submission.Status;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.SubmissionEvents;
import vn.nghedan.submission.Submissions;

class ModerationNoticesTest extends NotificationContextTest {

    @Autowired
    Submissions submissions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ReminderPlanner planner;

    Submission file(Resident author, String text) {
        return submissions.file(new NewSubmission(
                author.getId(),
                author.getNeighbourhoodCode(),
                Kind.QUESTION,
                1,
                text,
                false,
                Channel.BOT,
                null,
                null,
                null,
                null,
                null,
                null,
                "resident"));
    }

    private Row onlyRowTo(Resident r) {
        List<Row> rows = rowsTo(r);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void acceptedRejectedReferredAndMergedEachTellTheAuthor() {
        Resident a = resident("K1");
        Resident b = resident("K1");
        Resident c = resident("K1", "en");
        Resident d = resident("K2");
        Submission accepted = file(a, "Đường hẻm 12 bị ngập nước mỗi khi mưa lớn");
        Submission rejected = file(b, "Xin hỏi lịch cúp điện tuần sau");
        Submission referred = file(c, "Cấp lại giấy phép lái xe bị mất");
        Submission merged = file(d, "Hẻm 12 ngập nước khi mưa");

        submissions.accept(accepted.number(), null, "cán bộ");
        submissions.reject(rejected.number(), "Không thuộc nội dung đối thoại", "cán bộ");
        submissions.refer(referred.number(), "Công an thành phố", "cán bộ");
        submissions.merge(merged.number(), accepted.number(), "cán bộ");

        Row toA = onlyRowTo(a);
        assertThat(toA.text())
                .isEqualTo("Ý kiến #" + accepted.number()
                        + " của bạn đã được tiếp nhận. Ủy ban sẽ xem xét và trả lời bạn.");
        assertThat(toA.key()).isEqualTo("n:" + accepted.number() + ":v1:accepted:r:" + a.getId());
        assertThat(toA.notBefore()).isEqualTo(clock.instant());
        assertThat(onlyRowTo(b).text())
                .isEqualTo("Ý kiến #" + rejected.number()
                        + " của bạn không được đưa vào chương trình. Lý do: Không thuộc nội dung đối thoại");
        assertThat(onlyRowTo(c).text())
                .isEqualTo("Your submission #" + referred.number()
                        + " is beyond the ward authority and was passed to Công an thành phố to deal with.");
        assertThat(onlyRowTo(d).text())
                .isEqualTo(
                        "Ý kiến #%d của bạn có cùng nội dung với ý kiến #%d nên đã được gộp vào ý kiến #%d. Bạn sẽ"
                                + " nhận được câu trả lời của ý kiến #%d.",
                        merged.number(), accepted.number(), accepted.number(), accepted.number());
    }

    @Test
    void theAnswerGoesToTheAuthorTheAuthorsOfMergedItemsAndTheCosigners() {
        Resident author = resident("K1");
        author.reminders(false); // the answer to one's own question is not a reminder
        residents.save(author);
        Resident mergedAuthor = resident("K1", "en");
        Resident cosigner = resident("K1");
        Resident forgottenCosigner = resident("K1");
        Resident blockedCosigner = resident("K1");
        Submission answered = file(author, "Đường hẻm 12 bị ngập nước mỗi khi mưa lớn");
        Submission merged = file(mergedAuthor, "Hẻm 12 ngập nước khi mưa");
        submissions.merge(merged.number(), answered.number(), "cán bộ");
        for (Resident r : List.of(cosigner, forgottenCosigner, blockedCosigner)) {
            assertThat(submissions.cosign(answered.number(), r.getId())).isEqualTo(Submissions.Support.ADDED);
        }
        forgottenCosigner.forget(clock.instant());
        residents.save(forgottenCosigner);
        blockedCosigner.markUnreachable(clock.instant());
        residents.save(blockedCosigner);
        int before = rows().size();

        submissions.answer(
                answered.number(),
                new Answer(
                        "Phường sẽ nạo vét cống thoát nước hẻm 12 trong tháng 12.",
                        "Ông Nguyễn Văn An, Chủ tịch UBND phường",
                        AnswerForm.AT_SESSION,
                        "Nạo vét cống hẻm 12",
                        LocalDate.of(2026, 12, 31)),
                "cán bộ");

        List<Row> answers = rows().subList(before, rows().size());
        assertThat(answers)
                .extracting(Row::chatId)
                .containsExactlyInAnyOrder(author.getChatId(), mergedAuthor.getChatId(), cosigner.getChatId());
        assertThat(answers).allMatch(r -> r.notBefore().equals(clock.instant()));
        String body = "Phường sẽ nạo vét cống thoát nước hẻm 12 trong tháng 12.\n\n"
                + "Người trả lời: Ông Nguyễn Văn An, Chủ tịch UBND phường\n"
                + "Hình thức: trả lời tại buổi đối thoại\n"
                + "Cam kết: Nạo vét cống hẻm 12 (hạn 31/12/2026)";
        assertThat(rowsTo(author).get(rowsTo(author).size() - 1).text())
                .isEqualTo("Trả lời ý kiến #" + answered.number() + " của bạn:\n" + body);
        assertThat(rowsTo(cosigner).get(0).text())
                .isEqualTo("Trả lời ý kiến #" + answered.number() + " mà bạn đã cùng ủng hộ:\n" + body);
        assertThat(rowsTo(mergedAuthor).get(rowsTo(mergedAuthor).size() - 1).text())
                .startsWith("Answer to submission #" + answered.number() + " (your submission #" + merged.number()
                        + " was merged into it):\n")
                .contains("Answered by: Ông Nguyễn Văn An, Chủ tịch UBND phường")
                .contains("Form: answered at the session")
                .endsWith("Commitment: Nạo vét cống hẻm 12 (by 31/12/2026)");

        List<Row> planned = rows();
        transactions.executeWithoutResult(tx -> events.publishEvent(new SubmissionEvents.SubmissionChanged(
                answered.number(), author.getId(), "ANSWERED", Status.NEW, Status.ANSWERED)));
        assertThat(rows()).isEqualTo(planned);
    }

    @Test
    void authorsWithoutConsentChatOrReachHearNothing() {
        Resident forgotten = resident("K1");
        Resident blocked = resident("K1");
        Submission fromForgotten = file(forgotten, "Đèn đường hẻm 45 hỏng đã lâu");
        Submission fromBlocked = file(blocked, "Rác thải ven kênh chưa được thu gom");
        Submission fromOffice = submissions.file(new NewSubmission(
                residents.registerOffline("Bà Tư", "0900000000", "K1").getId(),
                "K1",
                Kind.PROPOSAL,
                5,
                "Đề nghị lắp thêm thùng rác ở chợ",
                false,
                Channel.WRITTEN,
                "Bà Tư",
                "0900000000",
                null,
                null,
                null,
                null,
                "cán bộ"));
        forgotten.forget(clock.instant());
        residents.save(forgotten);
        blocked.markUnreachable(clock.instant());
        residents.save(blocked);

        for (Submission s : List.of(fromForgotten, fromBlocked, fromOffice)) {
            submissions.accept(s.number(), null, "cán bộ");
        }

        assertThat(rows()).isEmpty();
    }

    @Test
    void turningRemindersOffOrForgettingDropsWhatWasPlannedForThem() {
        Resident quiet = resident("K1");
        Resident forgotten = resident("K1");
        session(ward("2026-12-10T08:00"), null, null, "K1");
        for (Resident r : List.of(quiet, forgotten)) {
            submissions.accept(
                    file(r, "Đèn đường hẻm 45 hỏng đã lâu " + r.getId()).number(), null, "cán bộ");
        }

        quiet.reminders(false);
        planner.preferencesChanged(residents.save(quiet));
        forgotten.forget(clock.instant());
        planner.preferencesChanged(residents.save(forgotten));

        assertThat(rowsTo(quiet))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(r.key().startsWith("n:") ? "PENDING" : "DROPPED"))
                .anyMatch(r -> r.key().startsWith("n:"));
        assertThat(rowsTo(forgotten)).hasSize(5).allMatch(r -> r.status().equals("DROPPED"));
    }
}
