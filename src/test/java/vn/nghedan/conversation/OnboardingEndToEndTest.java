package vn.nghedan.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.nghedan.resident.Residents;
import vn.nghedan.sandbox.SentMessage;
import vn.nghedan.support.Chat;
import vn.nghedan.support.EndToEndTest;

class OnboardingEndToEndTest extends EndToEndTest {

    @Autowired
    Residents residents;

    @LocalServerPort
    int port;

    @Test
    void startAcceptNeighbourhoodWelcome() {
        Chat lan = newResident("Cô Lan");
        lan.send("/start");
        SentMessage notice = lan.expect("Nghị định 13/2023");
        assertThat(notice.text()).contains("/forget").contains("/mydata");
        assertThat(notice.labels()).isEqualTo("[✅ Tôi đồng ý]");

        lan.press("✅ Tôi đồng ý");
        SentMessage picker = lan.expect("khóm nào");
        assertThat(picker.labels()).contains("Khóm 1", "Khóm 5");

        lan.press("Khóm 3");
        lan.expect("bà con ở Khóm 3");
        SentMessage welcome = lan.expect("Chào mừng");
        assertThat(welcome.text()).contains("/new", "/my", "/sessions");

        var stored = residents.byTelegramUser(lan.id()).orElseThrow();
        assertThat(stored.hasConsented()).isTrue();
        assertThat(stored.getNeighbourhoodCode()).isEqualTo("K3");
        // Every press was answered, so no spinner is left turning.
        assertThat(api.callbackAnswers()).isNotEmpty();
    }

    @Test
    void deepLinkPicksTheNeighbourhoodAfterTheNotice() {
        Chat ba = newResident("Chú Ba");
        ba.send("/start K2");
        ba.expect("Nghị định 13/2023");
        ba.press("✅ Tôi đồng ý");
        ba.expect("bà con ở Khóm 2");
        ba.expect("Chào mừng");
        assertThat(residents.byTelegramUser(ba.id()).orElseThrow().getNeighbourhoodCode())
                .isEqualTo("K2");
    }

    @Test
    void anUnknownDeepLinkCodeFallsBackToTheList() {
        Chat tu = newResident("Anh Tư");
        tu.send("/start K99");
        tu.expect("Không có khóm mang mã \"K99\"");
        tu.expect("Nghị định 13/2023");
        tu.press("✅ Tôi đồng ý");
        tu.expect("khóm nào");
    }

    @Test
    void nothingHappensBeforeConsentButHelpAndLanguageWork() {
        Chat nam = newResident("Bác Năm");
        nam.send("/new");
        nam.expect("Nghị định 13/2023");
        nam.send("/help");
        nam.expect("Hướng dẫn sử dụng");
        nam.send("/lang");
        nam.expect("Chọn ngôn ngữ");
        nam.press("English");
        nam.expect("The bot now speaks English");
        nam.send("đường ngập");
        SentMessage notice = nam.expect("Decree 13/2023");
        assertThat(notice.labels()).isEqualTo("[✅ I agree]");
    }

    @Test
    void aResidentCanChangeNeighbourhoodLater() {
        Chat sau = newResident("Cô Sáu").onboard("Khóm 1");
        sau.send("/khom");
        sau.expect("khóm nào");
        sau.press("Khóm 4");
        sau.expect("bà con ở Khóm 4");
        assertThat(residents.byTelegramUser(sau.id()).orElseThrow().getNeighbourhoodCode())
                .isEqualTo("K4");
    }

    @Test
    void cancelAndUnknownCommandsAnswerPolitely() {
        Chat bay = newResident("Anh Bảy").onboard("Khóm 1");
        bay.send("/cancel");
        bay.expect("Không có thao tác nào");
        bay.send("/xyz");
        bay.expect("chưa hiểu lệnh /xyz");
        bay.send("/new");
        bay.expect("Bà con muốn gửi gì?");
        bay.send("/cancel");
        bay.expect("Đã hủy");
    }

    @Test
    void theWelcomeMenuStaysUsableAfterLaterPromptsButAStepButtonDoesNot() {
        Chat muoi = newResident("Cô Mười").onboard("Khóm 2");
        SentMessage welcome = muoi.messages().stream()
                .filter(m -> m.text() != null && m.text().startsWith("Chào mừng"))
                .findFirst()
                .orElseThrow();
        muoi.send("/lang");
        SentMessage languages = muoi.expect("Chọn ngôn ngữ");
        muoi.send("/new");
        muoi.expect("Bà con muốn gửi gì?");
        // The language prompt was replaced by a newer one: its buttons no longer count.
        muoi.pressData(languages.messageId(), languages.button("English").data());
        muoi.expect("đã cũ hoặc đã được dùng");
        assertThat(residents.byTelegramUser(muoi.id()).orElseThrow().getLanguage())
                .isEqualTo("vi");
        // The menu is a standing offer.
        muoi.pressData(welcome.messageId(), welcome.button("📋 Ý kiến của tôi").data());
        muoi.expect("chưa gửi ý kiến nào");
    }

    @Test
    void aGroupHearsOnceThatTheBotIsPrivate() throws InterruptedException {
        long group = -100_777;
        var someone = newResident("Người trong nhóm").user();
        api.injectGroupText(group, "Tổ dân phố", someone, "/start");
        api.injectGroupText(group, "Tổ dân phố", someone, "xin chào");
        api.awaitMessage(group, m -> m.text().contains("tin nhắn riêng"), Chat.WAIT);
        Thread.sleep(1000);
        assertThat(api.messagesTo(group)).hasSize(1);
    }

    @Test
    void theCommandMenuIsPublishedInBothLanguages() {
        assertThat(api.commands()).isNotEmpty();
        assertThat(api.commands().toString()).contains("new").contains("Gửi câu hỏi");
        // The officials (ADMIN_TELEGRAM_IDS=9001) get their own menu in their chat.
        assertThat(api.commands().toString())
                .contains("9001")
                .contains("agenda")
                .contains("pending");
    }

    @Test
    void healthIsUpOnceTheBotPolls() throws Exception {
        api.awaitCall("getUpdates", c -> true, Duration.ofSeconds(30));
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }
}
