package vn.nghedan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nghedan.resident.Resident;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.session.SessionEvents;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Kind;
import vn.nghedan.submission.NewSubmission;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.Submissions;

class AgendaNoticesTest extends NotificationContextTest {

    @Autowired
    Submissions submissions;

    @Autowired
    ReminderPlanner planner;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    private TransactionTemplate transactions;

    @org.junit.jupiter.api.BeforeEach
    void transactions() {
        transactions = new TransactionTemplate(transactionManager);
    }

    private Submission acceptedFor(DialogueSession session, Resident author, String text) {
        Submission s = submissions.file(new NewSubmission(
                author.getId(),
                "K1",
                Kind.COMPLAINT,
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
        return submissions.accept(s.number(), session.getId(), "cán bộ");
    }

    private List<Row> agendaRows() {
        return rows().stream().filter(r -> r.key().contains(":agenda:")).toList();
    }

    @Test
    void authorsLearnTheirItemsPlaceWhenTheAgendaIsLockedAndTheOthersTheDayBefore() {
        Resident numbered = resident("K1");
        Resident unnumbered = resident("K1", "en");
        DialogueSession session = session(ward("2026-12-10T08:00"), null, null, "K1");
        Submission first = acceptedFor(session, numbered, "Đường hẻm 12 bị ngập nước mỗi khi mưa lớn");
        Submission second = acceptedFor(session, unnumbered, "Mặt đường gần chợ có nhiều ổ gà");

        clock.freezeAt(ward("2026-12-08T16:00"));
        transactions.executeWithoutResult(status -> events.publishEvent(new SessionEvents.AgendaLocked(
                session.getId(), List.of(new SessionEvents.AgendaPlace(first.number(), 3)))));
        planner.planDue();

        assertThat(agendaRows()).singleElement().satisfies(row -> {
            assertThat(row.chatId()).isEqualTo(numbered.getChatId());
            assertThat(row.notBefore()).isEqualTo(clock.instant());
            assertThat(row.key()).isEqualTo("s:" + session.getId() + ":v0:agenda:n:" + first.number());
            assertThat(row.text())
                    .isEqualTo("Ý kiến #" + first.number() + " của bạn sẽ được trả lời tại buổi “Đối thoại quý IV”"
                            + " lúc 08:00 thứ Năm, 10/12/2026, tại Hội trường khóm 1 (mục số 3).");
        });

        clock.freezeAt(ward("2026-12-09T08:05"));
        planner.planDue();
        planner.planDue();

        assertThat(agendaRows()).hasSize(2).last().satisfies(row -> {
            assertThat(row.chatId()).isEqualTo(unnumbered.getChatId());
            assertThat(row.notBefore()).isEqualTo(clock.instant());
            assertThat(row.text())
                    .isEqualTo("Your submission #" + second.number() + " will be answered at “Đối thoại quý IV” on"
                            + " 08:00 Thursday, 10/12/2026, at Hội trường khóm 1.");
        });
    }
}
