package vn.nghedan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nghedan.resident.Resident;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.session.SessionEvents;

class SessionNoticesTest extends NotificationContextTest {

    @Autowired
    ReminderPlanner planner;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MeterRegistry meters;

    private static List<Row> reminders(List<Row> rows) {
        return rows.stream()
                .filter(r -> r.key().contains(":remind:") && !r.key().endsWith(":venue"))
                .toList();
    }

    private static List<Row> withKeyEnding(List<Row> rows, String suffix) {
        return rows.stream().filter(r -> r.key().endsWith(suffix)).toList();
    }

    @Test
    void announcementAndRemindersLandInWardTimeForTheSessionsNeighbourhoodsOnly() {
        Resident vi = resident("K1");
        Resident en = resident("K1", "en");
        Resident elsewhere = resident("K2");
        double remindersBefore = plannedCount("reminder");

        DialogueSession s = session(ward("2026-12-10T08:00"), 10.29, 105.76, "K1");

        List<Row> rows = rowsTo(vi);
        Row announcement = rows.get(0);
        assertThat(announcement.key())
                .isEqualTo("s:" + s.getId() + ":v" + s.getVersion() + ":r:" + vi.getId() + ":announce");
        assertThat(announcement.notBefore()).isEqualTo(clock.instant());
        assertThat(announcement.text())
                .startsWith("Thông báo: Đối thoại quý IV\n")
                .contains("Thời gian: 08:00 thứ Năm, 10/12/2026")
                .contains("Địa điểm: Hội trường khóm 1")
                .contains("Dành cho: Khóm 1")
                .contains("Hạn gửi ý kiến: 08:00 thứ Ba, 08/12/2026")
                .endsWith("Gửi câu hỏi: /new");

        assertThat(reminders(rows))
                .extracting(Row::notBefore)
                .containsExactly(ward("2026-12-03T08:00"), ward("2026-12-09T08:00"), ward("2026-12-10T06:00"));
        assertThat(reminders(rows))
                .extracting(Row::key)
                .containsExactly(
                        "s:" + s.getId() + ":v" + s.getVersion() + ":r:" + vi.getId() + ":remind:7d",
                        "s:" + s.getId() + ":v" + s.getVersion() + ":r:" + vi.getId() + ":remind:1d",
                        "s:" + s.getId() + ":v" + s.getVersion() + ":r:" + vi.getId() + ":remind:2h");
        assertThat(reminders(rows).get(0).text())
                .isEqualTo("Nhắc lịch: Đối thoại quý IV\nThời gian: 08:00 thứ Năm, 10/12/2026\n"
                        + "Địa điểm: Hội trường khóm 1\nMời bà con đến dự.");
        List<Row> venues = withKeyEnding(rows, ":venue");
        assertThat(venues)
                .extracting(Row::notBefore)
                .isEqualTo(reminders(rows).stream().map(Row::notBefore).toList());
        assertThat(venues.get(0).message())
                .isEqualTo(new Outgoing.Venue(10.29, 105.76, "Đối thoại quý IV", "Hội trường khóm 1"));
        // A session's rows wait for their time and through quiet hours.
        assertThat(rows).allMatch(r -> r.status().equals("PENDING"));

        assertThat(rowsTo(en).get(0).text())
                .startsWith("Announcement: Đối thoại quý IV")
                .contains("When: 08:00 Thursday, 10/12/2026");
        assertThat(rowsTo(elsewhere)).isEmpty();
        assertThat(plannedCount("reminder") - remindersBefore).isEqualTo(6);
    }

    @Test
    void aSessionWithoutCoordinatesGetsNoVenueMessage() {
        Resident r = resident("K1");
        session(ward("2026-12-10T08:00"), null, null, "K1");
        assertThat(rowsTo(r)).hasSize(4).noneMatch(row -> row.message() instanceof Outgoing.Venue);
    }

    @Test
    void threeDaysBeforeTheSevenDayReminderCollapsesIntoNowBesideTheOthers() {
        Resident r = resident("K1");
        clock.freezeAt(ward("2026-12-07T08:00"));
        session(ward("2026-12-10T08:00"), null, null, "K1");

        assertThat(reminders(rowsTo(r)))
                .extracting(row -> row.key().substring(row.key().lastIndexOf(':') + 1), Row::notBefore)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("7d", ward("2026-12-07T08:00")),
                        org.assertj.core.groups.Tuple.tuple("1d", ward("2026-12-09T08:00")),
                        org.assertj.core.groups.Tuple.tuple("2h", ward("2026-12-10T06:00")));
    }

    @Test
    void thirtyMinutesBeforeThereIsOneReminderNotThree() {
        Resident r = resident("K1");
        clock.freezeAt(ward("2026-12-10T07:30"));
        DialogueSession s = session(ward("2026-12-10T08:00"), 10.29, 105.76, "K1");

        List<Row> rows = rowsTo(r);
        assertThat(reminders(rows)).singleElement().satisfies(reminder -> {
            assertThat(reminder.notBefore()).isEqualTo(clock.instant());
            assertThat(reminder.key()).endsWith(":remind:2h");
        });
        assertThat(withKeyEnding(rows, ":venue")).hasSize(1);
        // Past the cut-off: the announcement does not invite questions it can no longer take.
        assertThat(withKeyEnding(rows, ":announce").get(0).text())
                .doesNotContain("/new")
                .contains("Đã hết hạn gửi ý kiến");
        assertThat(s.getStartsAt()).isAfter(clock.instant());
    }

    @Test
    void replayingTheEventOrRunningTheHourlyCheckPlansOnce() {
        resident("K1");
        resident("K1", "en");
        DialogueSession s = session(ward("2026-12-10T08:00"), 10.29, 105.76, "K1");
        List<Row> planned = rows();

        transactions.executeWithoutResult(
                tx -> events.publishEvent(new SessionEvents.SessionScheduled(s.getId(), true)));
        planner.planDue();
        clock.freezeAt(ward("2026-12-05T10:00"));
        planner.planDue();

        assertThat(rows()).isEqualTo(planned);
    }

    @Test
    void movingTheSessionDropsWhatWasPlannedAndTellsThoseWhoHeard() {
        Resident heard = resident("K1");
        Resident notYet = resident("K1");
        DialogueSession s = session(ward("2026-12-10T08:00"), null, null, "K1");
        markSent(withKeyEnding(rowsTo(heard), ":announce"));

        clock.freezeAt(ward("2026-12-02T10:00"));
        DialogueSession moved = sessions.change(s.getId(), details(ward("2026-12-17T08:00"), null, null, "K1"))
                .session();
        String newVersion = "s:" + s.getId() + ":v" + moved.getVersion() + ":";

        assertThat(rows())
                .filteredOn(r -> !r.key().startsWith(newVersion))
                .allMatch(r -> r.status()
                        .equals(r.key().endsWith(":announce") && r.chatId() == heard.getChatId() ? "SENT" : "DROPPED"));

        List<Row> toHeard = rowsTo(heard).stream()
                .filter(r -> r.key().startsWith(newVersion))
                .toList();
        assertThat(toHeard.get(0).key()).endsWith(":changed");
        assertThat(toHeard.get(0).text())
                .startsWith("Thay đổi lịch: Đối thoại quý IV. Thông tin mới:")
                .contains("Thời gian: 08:00 thứ Năm, 17/12/2026");
        assertThat(withKeyEnding(toHeard, ":announce")).isEmpty();

        List<Row> toNotYet = rowsTo(notYet).stream()
                .filter(r -> r.key().startsWith(newVersion))
                .toList();
        assertThat(toNotYet.get(0).key()).endsWith(":announce");
        assertThat(toNotYet.get(0).text()).contains("08:00 thứ Năm, 17/12/2026");
        assertThat(withKeyEnding(toNotYet, ":changed")).isEmpty();

        for (List<Row> newRows : List.of(toHeard, toNotYet)) {
            assertThat(reminders(newRows))
                    .extracting(Row::notBefore)
                    .containsExactly(ward("2026-12-10T08:00"), ward("2026-12-16T08:00"), ward("2026-12-17T06:00"));
        }

        List<Row> before = rows();
        transactions.executeWithoutResult(
                tx -> events.publishEvent(new SessionEvents.SessionScheduled(s.getId(), false)));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void cancellingDropsEverythingPlannedAndTellsOnlyThoseWhoHeard() {
        Resident heard = resident("K1");
        Resident notYet = resident("K1");
        DialogueSession s = session(ward("2026-12-10T08:00"), 10.29, 105.76, "K1");
        markSent(withKeyEnding(rowsTo(heard), ":announce"));
        Instant cancelledAt = ward("2026-12-04T09:00");
        clock.freezeAt(cancelledAt);

        sessions.cancel(s.getId());
        transactions.executeWithoutResult(tx -> events.publishEvent(new SessionEvents.SessionCancelled(s.getId())));

        assertThat(rows())
                .filteredOn(r -> r.status().equals("PENDING"))
                .singleElement()
                .satisfies(notice -> {
                    assertThat(notice.chatId()).isEqualTo(heard.getChatId());
                    assertThat(notice.key()).isEqualTo("s:" + s.getId() + ":cancelled:r:" + heard.getId());
                    assertThat(notice.notBefore()).isEqualTo(cancelledAt);
                    assertThat(notice.text())
                            .isEqualTo(
                                    "Thông báo hủy: Đối thoại quý IV (dự kiến lúc 08:00 thứ Năm, 10/12/2026) sẽ không"
                                            + " tổ chức. Các ý kiến bà con đã gửi vẫn được lưu giữ.");
                });
        assertThat(rowsTo(notYet)).allMatch(r -> r.status().equals("DROPPED"));
    }

    @Test
    void residentsWhoOptedOutWereForgottenOrCannotBeReachedHearNothing() {
        Resident optedOut = resident("K1");
        optedOut.reminders(false);
        residents.save(optedOut);
        Resident forgotten = resident("K1");
        forgotten.forget(clock.instant());
        residents.save(forgotten);
        Resident blocked = resident("K1");
        blocked.markUnreachable(clock.instant());
        residents.save(blocked);
        Resident noConsent = residents.findOrRegister(777, 777, "Chưa đồng ý", "vi");
        noConsent.chooseNeighbourhood("K1");
        residents.save(noConsent);
        residents.registerOffline("Bà Tư", "0900000000", "K1");
        Resident listening = resident("K1");

        session(ward("2026-12-10T08:00"), null, null, "K1");

        assertThat(rows()).extracting(Row::chatId).containsOnly(listening.getChatId());
    }

    @Test
    void residentsWhoJoinAfterTheAnnouncementAreToldByTheHourlyCheck() {
        Resident early = resident("K1");
        session(ward("2026-12-10T08:00"), null, null, "K1");
        int earlyRows = rowsTo(early).size();

        clock.freezeAt(ward("2026-12-08T12:00"));
        Resident late = resident("K1");
        planner.planDue();

        assertThat(rowsTo(early)).hasSize(earlyRows);
        assertThat(rowsTo(late))
                .extracting(
                        r -> r.key()
                                .substring(r.key().indexOf(":r:")
                                        + 3
                                        + late.getId().toString().length()),
                        Row::notBefore)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(":announce", clock.instant()),
                        org.assertj.core.groups.Tuple.tuple(":remind:7d", clock.instant()),
                        org.assertj.core.groups.Tuple.tuple(":remind:1d", ward("2026-12-09T08:00")),
                        org.assertj.core.groups.Tuple.tuple(":remind:2h", ward("2026-12-10T06:00")));
    }

    private double plannedCount(String kind) {
        return meters.counter("nghedan.notifications.planned", "kind", kind).count();
    }
}
