package vn.nghedan.officials.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.nghedan.officials.ConsoleTestSupport;
import vn.nghedan.officials.TestOfficials;
import vn.nghedan.officials.accounts.Accounts;
import vn.nghedan.officials.accounts.NewAccount;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.sandbox.SentMessage;
import vn.nghedan.session.Sessions;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Kind;
import vn.nghedan.submission.NewSubmission;
import vn.nghedan.submission.Submissions;
import vn.nghedan.support.Chat;
import vn.nghedan.support.EndToEndTest;

/**
 * The officials' bot, command by command and button by button, for a resident, the head of K1,
 * the head of K3, a viewer and a ward admin (accounts linked to Telegram ids), through the real
 * TelegramBots client and the Bot API stand-in. Buttons are the interesting part: they are shown
 * to an official once and pressed later, so each official here gets their buttons as head of K1
 * and is then changed by an administrator (disabled, moved to K3, made a viewer, made a ward
 * admin) before pressing: what counts is who they are at the press, never what the button says.
 */
class OfficialBotMatrixTest extends EndToEndTest {

    private static final AtomicLong NEXT_OFFICIAL = new AtomicLong(700_000);

    private static final String ONLY_OFFICIALS = "dành cho cán bộ phường";
    private static final String READ_ONLY = "chỉ được xem";
    private static final String NOT_YOURS = "không thuộc khóm bạn phụ trách";
    private static final String NO_SUCH_SESSION = "Không có buổi tiếp xúc";

    enum Who {
        RESIDENT,
        HEAD_K1,
        HEAD_K3,
        VIEWER,
        ADMIN
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Submissions submissions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Sessions sessions;

    // --- commands --------------------------------------------------------------------------------

    @Test
    void agendaOfASessionForK1AndK2ForEachCaller() throws Exception {
        String m = ConsoleTestSupport.marker();
        String k1Text = "Hẻm 3 khóm 1 thiếu đèn " + m;
        String k2Text = "Bờ kè khóm 2 sạt lở " + m;
        String k1Author = "Võ Thị Mai " + m;
        file("K1", k1Text, k1Author);
        file("K2", k2Text, "Đặng Văn Bảy " + m);
        String title = "Đối thoại bot K1 K2 " + m;
        long session = planSession(title, "\"K1\", \"K2\"");

        for (Who who : Who.values()) {
            Chat chat = official(who, who);
            chat.send("/agenda " + session);
            switch (who) {
                case RESIDENT -> refusedWithoutDocument(chat, ONLY_OFFICIALS);
                case HEAD_K3 -> refusedWithoutDocument(chat, NO_SUCH_SESSION);
                default -> {
                    String summary = chat.expect("Chương trình buổi \"" + title).text();
                    String docx = docxText(chat.expect(msg -> msg.kind() == SentMessage.Kind.DOCUMENT));
                    assertThat(summary).as(who + " summary").contains(k1Text);
                    assertThat(docx).as(who + " DOCX").contains(k1Text);
                    if (who == Who.HEAD_K1) {
                        assertThat(summary + docx).as(who + " sees only K1").doesNotContain(k2Text);
                    } else {
                        assertThat(summary + docx).as(who + " sees the ward").contains(k2Text);
                    }
                    if (who == Who.VIEWER) {
                        assertThat(docx)
                                .as("no names for a viewer")
                                .contains("Nhân dân Khóm 1")
                                .doesNotContain(k1Author);
                    } else {
                        assertThat(docx).as(who + " reads the author's name").contains(k1Author);
                    }
                }
            }
        }
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE target = ? AND action = 'AGENDA_DOWNLOADED'")
                        .param("session " + session)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("DOCX via bot, items of K1", "DOCX via bot, no names", "DOCX via bot");
    }

    @Test
    void theNextAgendaIsTheNextSessionOfTheirOwnKhom() throws Exception {
        String m = ConsoleTestSupport.marker();
        file("K1", "Chợ khóm 1 lấn chiếm lòng đường " + m, "Ông Sáu " + m);
        planSession("Đối thoại sớm K1 " + m, "\"K1\"", 7);
        String nextOfK1 = sessions.upcoming().stream()
                .filter(s -> s.neighbourhoodCodes().contains("K1"))
                .findFirst()
                .orElseThrow()
                .getTitle();

        Chat k3 = official(Who.HEAD_K3, Who.HEAD_K3);
        k3.send("/agenda");
        SentMessage answer = k3.expect(msg -> msg.text() != null
                && (msg.text().contains("Chương trình buổi") || msg.text().contains("Chưa có buổi")));
        assertThat(answer.text()).doesNotContain(m);

        Chat k1 = official(Who.HEAD_K1, Who.HEAD_K1);
        k1.send("/agenda");
        assertThat(k1.expect("Chương trình buổi").text()).contains(nextOfK1);

        Chat resident = official(Who.RESIDENT, Who.RESIDENT);
        resident.send("/agenda");
        refusedWithoutDocument(resident, ONLY_OFFICIALS);
    }

    @Test
    void pendingListsOnlyWhatTheCallerMayModerate() throws Exception {
        String m = ConsoleTestSupport.marker();
        long k2 = file("K2", "Ý kiến khóm 2 chờ xử lý " + m, "Bà Tám " + m);
        long k1 = file("K1", "Ý kiến khóm 1 chờ xử lý " + m, "Bà Chín " + m);

        for (Who who : Who.values()) {
            Chat chat = official(who, who);
            chat.send("/pending");
            switch (who) {
                case RESIDENT -> chat.expect(ONLY_OFFICIALS);
                case VIEWER -> chat.expect(READ_ONLY);
                case HEAD_K3 -> {
                    // whatever K3 has pending (other tests' submissions) and nothing of K1 or K2
                    chat.send("/agenda x" + m);
                    chat.expect(NO_SUCH_SESSION);
                    assertThat(chat.messages())
                            .noneMatch(msg -> msg.text() != null
                                    && msg.text().contains(m)
                                    && !msg.text().contains("x" + m));
                }
                case HEAD_K1 -> {
                    chat.expect("ý kiến mới cần xem xét");
                    chat.expect("#" + k1 + " ");
                    assertThat(chat.messages())
                            .noneMatch(msg -> msg.text() != null && msg.text().startsWith("#" + k2 + " "));
                }
                case ADMIN -> {
                    chat.expect("ý kiến mới cần xem xét");
                    chat.expect("#" + k1 + " ");
                }
            }
        }
    }

    // --- buttons ---------------------------------------------------------------------------------

    @Test
    void everyButtonAsksWhoThePresserIsNow() throws Exception {
        for (Who who : Who.values()) {
            String m = ConsoleTestSupport.marker();
            long accept = file("K1", "Xin sửa ống nước hẻm 4 " + m, "Anh Một " + m);
            long reject = file("K1", "Xin cấp giấy phép karaoke " + m, "Anh Hai " + m);
            long merge = file("K1", "Đề nghị nạo vét cống thoát nước hẻm 8 " + m + " khóm 1", "Anh Ba " + m);
            long target = file("K1", "Xin nạo vét cống thoát nước hẻm 8 " + m + " khóm 1 bị nghẽn", "Anh Tư " + m);

            // shown as head of K1 …
            Chat chat = official(who, Who.HEAD_K1);
            chat.send("/pending");
            chat.expect("#" + accept + " ");
            SentMessage acceptMessage = messageStarting(chat, "#" + accept + " ");
            SentMessage rejectMessage = messageStarting(chat, "#" + reject + " ");
            SentMessage mergeMessage = messageStarting(chat, "#" + merge + " ");
            chat.pressData(
                    mergeMessage.messageId(), mergeMessage.button("🔗 Gộp").data());
            SentMessage targets = chat.expect("Gộp #" + merge + " vào ý kiến nào?");

            // … pressed as whoever they are now
            becomes(chat.id(), who);
            chat.pressData(
                    acceptMessage.messageId(),
                    acceptMessage.button("✅ Tiếp nhận").data());
            chat.pressData(
                    rejectMessage.messageId(), rejectMessage.button("❌ Từ chối").data());
            boolean mayModerate = who == Who.HEAD_K1 || who == Who.ADMIN;
            if (mayModerate) {
                chat.expect("Đã tiếp nhận #" + accept);
                chat.expect("Xin nhập lý do từ chối #" + reject);
                chat.send("Không thuộc thẩm quyền của phường");
                chat.expect("Đã từ chối #" + reject);
            } else {
                String refusal = refusalFor(who);
                chat.expect(refusal);
                chat.expect(refusal);
            }
            chat.pressData(
                    mergeMessage.messageId(), mergeMessage.button("🔗 Gộp").data());
            chat.pressData(
                    targets.messageId(), targets.button("Gộp vào #" + target).data());
            if (mayModerate) {
                chat.expect("Gộp #" + merge + " vào ý kiến nào?");
                chat.expect("Đã gộp #" + merge + " vào #" + target);
            } else {
                chat.expect(refusalFor(who));
                chat.expect(refusalFor(who));
            }

            List<String> statuses = List.of(accept, reject, merge).stream()
                    .map(n -> submissions.get(n).getStatus().name())
                    .toList();
            if (mayModerate) {
                assertThat(statuses).as(who.name()).containsExactly("ACCEPTED", "REJECTED", "MERGED");
                // one vocabulary with the console and the API, in the official's own name
                assertThat(auditOf("#" + accept)).containsExactly(username(chat.id()) + " SUBMISSION_ACCEPTED");
                assertThat(auditOf("#" + reject)).containsExactly(username(chat.id()) + " SUBMISSION_REJECTED");
                assertThat(auditOf("#" + merge)).containsExactly(username(chat.id()) + " SUBMISSION_MERGED");
            } else {
                assertThat(statuses).as(who.name()).containsExactly("NEW", "NEW", "NEW");
                assertThat(auditOf("#" + accept)).isEmpty();
            }
        }
    }

    @Test
    void aReasonTypedAfterTheHeadWasMovedToAnotherKhomRejectsNothing() throws Exception {
        String m = ConsoleTestSupport.marker();
        long reject = file("K1", "Xin dời trụ điện hẻm 6 " + m, "Chị Năm " + m);
        Chat chat = official(Who.HEAD_K1, Who.HEAD_K1);
        chat.send("/pending");
        chat.expect("#" + reject + " ");
        SentMessage message = messageStarting(chat, "#" + reject + " ");
        chat.pressData(message.messageId(), message.button("❌ Từ chối").data());
        chat.expect("Xin nhập lý do từ chối #" + reject);

        becomes(chat.id(), Who.HEAD_K3);
        chat.send("Trụ điện thuộc điện lực quản lý");

        chat.expect(NOT_YOURS);
        assertThat(submissions.get(reject).getStatus().name()).isEqualTo("NEW");
    }

    @Test
    void aPressOnDataTheBotNeverOfferedIsRefused() {
        String m = ConsoleTestSupport.marker();
        long number = file("K1", "Xin trồng cây xanh công viên " + m, "Cô Mười " + m);
        Chat admin = official(Who.ADMIN, Who.ADMIN);
        admin.send("/agenda x" + m);
        SentMessage fence = admin.expect(NO_SUCH_SESSION);

        admin.pressData(fence.messageId(), "off.accept:" + number);

        admin.expect("đã cũ hoặc đã được dùng");
        assertThat(submissions.get(number).getStatus().name()).isEqualTo("NEW");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static String refusalFor(Who who) {
        return switch (who) {
            case RESIDENT -> ONLY_OFFICIALS;
            case VIEWER -> READ_ONLY;
            default -> NOT_YOURS;
        };
    }

    /**
     * A chat with a fresh Telegram id: a resident has no account; anyone else an account linked to
     * the id, opened with the role {@code as} (to be changed later to {@code who} by {@link #becomes}).
     */
    private Chat official(Who who, Who as) {
        long id = NEXT_OFFICIAL.incrementAndGet();
        Chat chat = Chat.of(api, id, who.name());
        if (who == Who.RESIDENT && as == Who.RESIDENT) {
            return chat;
        }
        Role role = switch (as) {
            case VIEWER -> Role.VIEWER;
            case ADMIN -> Role.WARD_ADMIN;
            default -> Role.NEIGHBOURHOOD_HEAD;
        };
        Set<String> khom = switch (as) {
            case HEAD_K1, RESIDENT -> Set.of("K1");
            case HEAD_K3 -> Set.of("K3");
            default -> Set.of();
        };
        accounts.open(
                new NewAccount(username(id), "mật khẩu " + id, "Cán bộ " + id, role, khom, id, null),
                TestOfficials.operator("test"));
        return chat;
    }

    private static String username(long telegramId) {
        return "bot-official-" + telegramId;
    }

    /**
     * What an administrator does to the account meanwhile: disables it (a resident again), moves
     * it to K3, makes it a viewer or a ward admin; the head of K1 stays as they were.
     */
    private void becomes(long telegramId, Who who) {
        String username = username(telegramId);
        long account = accounts.byUsername(username).orElseThrow().getId();
        switch (who) {
            case RESIDENT -> accounts.disable(username, TestOfficials.operator("admin"));
            case HEAD_K3 ->
                jdbc.sql("UPDATE account_neighbourhood SET neighbourhood_code = 'K3' WHERE account = ?")
                        .param(account)
                        .update();
            case VIEWER ->
                jdbc.sql("UPDATE account SET role = 'VIEWER' WHERE id = ?")
                        .param(account)
                        .update();
            case ADMIN ->
                jdbc.sql("UPDATE account SET role = 'WARD_ADMIN' WHERE id = ?")
                        .param(account)
                        .update();
            case HEAD_K1 -> {}
        }
    }

    /** The refusal, and no document with it (a later reply fences the turn's messages). */
    private static void refusedWithoutDocument(Chat chat, String refusal) {
        int before =
                chat.messages().stream().mapToInt(SentMessage::messageId).max().orElse(0);
        chat.expect(refusal);
        chat.send("/agenda không-có");
        chat.expect(msg -> msg.text() != null
                && (msg.text().contains(ONLY_OFFICIALS) || msg.text().contains(NO_SUCH_SESSION)));
        assertThat(chat.messages())
                .filteredOn(msg -> msg.messageId() > before)
                .noneMatch(msg -> msg.kind() == SentMessage.Kind.DOCUMENT);
    }

    private static SentMessage messageStarting(Chat chat, String start) {
        return chat.messages().stream()
                .filter(msg -> msg.text() != null
                        && msg.text().startsWith(start)
                        && !msg.allButtons().isEmpty())
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("No message starting with " + start));
    }

    private List<String> auditOf(String target) {
        return jdbc.sql("SELECT actor || ' ' || action FROM audit_log WHERE target = ? ORDER BY id")
                .param(target)
                .query(String.class)
                .list();
    }

    private long file(String khom, String text, String author) {
        return submissions
                .file(new NewSubmission(
                        null,
                        khom,
                        Kind.PROPOSAL,
                        1,
                        text,
                        false,
                        Channel.WRITTEN,
                        author,
                        null,
                        null,
                        null,
                        List.of(),
                        null,
                        "test"))
                .number();
    }

    private long planSession(String title, String neighbourhoods) throws Exception {
        return planSession(title, neighbourhoods, 30);
    }

    private long planSession(String title, String neighbourhoods, int daysAhead) throws Exception {
        String startsAt = OffsetDateTime.now(ZoneOffset.ofHours(7))
                .plusDays(daysAhead)
                .withNano(0)
                .toString();
        String basic = Base64.getEncoder().encodeToString("admin:e2e-admin-password".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/sessions"))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"title\":\"" + title + "\",\"startsAt\":\"" + startsAt
                                                + "\",\"venue\":\"Nhà văn hóa\",\"neighbourhoods\":[" + neighbourhoods
                                                + "]}",
                                        StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Long.parseLong(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
    }

    private static String docxText(SentMessage document) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(
                        new ByteArrayInputStream(document.attachment().bytes()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }
}
