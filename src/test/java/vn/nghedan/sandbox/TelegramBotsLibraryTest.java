package vn.nghedan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The stand-in proved against the real TelegramBots 10.2.0 client and long polling. */
class TelegramBotsLibraryTest {

    private static final String TOKEN = "4242:library-test";
    private static final TelegramUser LAN = TelegramUser.of(1001, "Lan");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private BotApiStandIn standIn;
    private StandInServer server;
    private TelegramUrl url;
    private OkHttpClient http;
    private OkHttpTelegramClient client;
    private TelegramBotsLongPollingApplication polling;
    private ScheduledExecutorService pollingThread;
    private final BlockingQueue<Update> received = new LinkedBlockingQueue<>();

    @BeforeEach
    void startStandIn() {
        standIn = new BotApiStandIn().maxPollHold(Duration.ofSeconds(20));
        server = StandInServer.start(standIn, TOKEN, 0);
        url = new TelegramUrl("http", "127.0.0.1", server.port(), false);
        http = new OkHttpClient.Builder().readTimeout(100, TimeUnit.SECONDS).build();
        client = new OkHttpTelegramClient(http, TOKEN, url);
    }

    @AfterEach
    void stopEverything() throws Exception {
        int port = server.port();
        if (polling != null) {
            polling.close();
        }
        server.close();
        if (pollingThread != null) {
            pollingThread.shutdownNow();
            assertThat(pollingThread.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        assertThat(standInThreads()).isEmpty();
        try (ServerSocket reused = new ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThat(reused.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void theBotReceivesInjectedTextCallbackAndPhoto() throws Exception {
        startPolling();
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, '\r', '\n', 0, 1, 2, '-', '-'};

        int textId = standIn.injectText(LAN, "/start K1");
        standIn.injectCallback(LAN, 77, "nb:K1");
        standIn.injectPhoto(LAN, photo, "Ổ gà đường số 3");

        Update text = next();
        assertThat(text.getUpdateId()).isEqualTo(textId);
        assertThat(text.getMessage().getText()).isEqualTo("/start K1");
        assertThat(text.getMessage().getChatId()).isEqualTo(1001L);
        assertThat(text.getMessage().getFrom().getFirstName()).isEqualTo("Lan");
        assertThat(text.getMessage().getFrom().getLanguageCode()).isEqualTo("vi");
        assertThat(text.getMessage().getEntities()).singleElement().satisfies(entity -> {
            assertThat(entity.getType()).isEqualTo("bot_command");
            assertThat(entity.getLength()).isEqualTo(6);
        });
        assertThat(text.getMessage().isCommand()).isTrue();

        Update press = next();
        assertThat(press.getCallbackQuery().getData()).isEqualTo("nb:K1");
        assertThat(press.getCallbackQuery().getFrom().getId()).isEqualTo(1001L);
        assertThat(press.getCallbackQuery().getMessage().getChatId()).isEqualTo(1001L);
        assertThat(press.getCallbackQuery().getMessage().getMessageId()).isEqualTo(77);

        Update photoUpdate = next();
        assertThat(photoUpdate.getMessage().getCaption()).isEqualTo("Ổ gà đường số 3");
        PhotoSize largest = photoUpdate
                .getMessage()
                .getPhoto()
                .get(photoUpdate.getMessage().getPhoto().size() - 1);
        File file = client.execute(new GetFile(largest.getFileId()));
        Request download = new Request.Builder()
                .url(server.baseUrl() + "/file/bot" + TOKEN + "/" + file.getFilePath())
                .build();
        try (Response response = http.newCall(download).execute()) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body().bytes()).isEqualTo(photo);
        }
        assertThat(file.getFileSize()).isEqualTo(photo.length);
    }

    @Test
    void theBotSendsButtonsAndAnswersTheirPress() throws Exception {
        startPolling();
        Message sent = client.execute(SendMessage.builder()
                .chatId(1001L)
                .text("Chọn khóm của bạn")
                .replyMarkup(InlineKeyboardMarkup.builder()
                        .keyboardRow(new InlineKeyboardRow(
                                InlineKeyboardButton.builder()
                                        .text("Khóm 1")
                                        .callbackData("nb:K1")
                                        .build(),
                                InlineKeyboardButton.builder()
                                        .text("Khóm 2")
                                        .callbackData("nb:K2")
                                        .build()))
                        .keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder()
                                .text("Bản đồ")
                                .url("https://example.org/map")
                                .build()))
                        .build())
                .build());

        assertThat(sent.getChatId()).isEqualTo(1001L);
        assertThat(sent.getText()).isEqualTo("Chọn khóm của bạn");
        assertThat(sent.getReplyMarkup().getKeyboard()).hasSize(2);
        SentMessage recorded = standIn.awaitMessage(1001, m -> m.text().startsWith("Chọn"), WAIT);
        assertThat(recorded.messageId()).isEqualTo(sent.getMessageId());
        assertThat(recorded.button("Khóm 2").data()).isEqualTo("nb:K2");
        assertThat(recorded.button("Bản đồ").url()).isEqualTo("https://example.org/map");

        int pressId = standIn.injectCallback(
                LAN, sent.getMessageId(), recorded.button("Khóm 2").data());
        Update press = next();
        assertThat(press.getCallbackQuery().getMessage().getChatId()).isEqualTo(1001L);
        assertThat(client.execute(AnswerCallbackQuery.builder()
                        .callbackQueryId(press.getCallbackQuery().getId())
                        .text("Đã chọn Khóm 2")
                        .build()))
                .isTrue();
        assertThat(standIn.callbackAnswers()).singleElement().satisfies(answer -> {
            assertThat(answer.callbackQueryId()).isEqualTo(BotApiStandIn.callbackQueryId(pressId));
            assertThat(answer.text()).isEqualTo("Đã chọn Khóm 2");
        });

        client.execute(EditMessageText.builder()
                .chatId(1001L)
                .messageId(sent.getMessageId())
                .text("Bạn đã chọn Khóm 2")
                .build());
        SentMessage edited = standIn.message(1001, sent.getMessageId()).orElseThrow();
        assertThat(edited.text()).isEqualTo("Bạn đã chọn Khóm 2");
        assertThat(edited.buttons())
                .as("an edit without reply_markup drops the keyboard")
                .isEmpty();
        assertThat(edited.editedAt()).isNotNull();
    }

    @Test
    void aDocumentUploadKeepsItsBytesAndName() throws Exception {
        byte[] docx = new byte[300];
        for (int i = 0; i < docx.length; i++) {
            docx[i] = (byte) i;
        }
        String fileName = "Chương trình đối thoại \"K1\".docx";

        Message sent = client.execute(SendDocument.builder()
                .chatId("9001")
                .document(new InputFile(new ByteArrayInputStream(docx), fileName))
                .caption("Chương trình buổi đối thoại")
                .build());

        assertThat(sent.getDocument().getFileName()).isEqualTo(fileName);
        assertThat(sent.getCaption()).isEqualTo("Chương trình buổi đối thoại");
        SentMessage recorded = standIn.messagesTo(9001).get(0);
        assertThat(recorded.kind()).isEqualTo(SentMessage.Kind.DOCUMENT);
        assertThat(recorded.attachment().bytes()).isEqualTo(docx);
        assertThat(recorded.attachment().fileName()).isEqualTo(fileName);
        assertThat(standIn.calls("sendDocument")).singleElement().satisfies(call -> {
            assertThat(call.chatId()).isEqualTo(9001L);
            assertThat(call.param("document")).isEqualTo("attach://" + fileName);
        });
    }

    @Test
    void aPlanned429SurfacesWithItsRetryAfter() throws Exception {
        standIn.failNext("sendMessage", 1, 429, "Too Many Requests: retry after 3", 3);

        assertThatThrownBy(() -> client.execute(text(1001, "Nhắc lịch")))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(429);
                    assertThat(e.getParameters().getRetryAfter()).isEqualTo(3);
                });
        assertThat(client.execute(text(1002, "Nhắc lịch")).getChatId()).isEqualTo(1002L);
        assertThat(standIn.rejectedCount(429)).isEqualTo(1);
        assertThat(standIn.messagesTo(1001)).isEmpty();
    }

    @Test
    void telegramLimitsAnswer400AndBlockedChats403() throws Exception {
        assertThat(client.execute(text(1001, "a".repeat(4096))).getText()).hasSize(4096);
        assertThatThrownBy(() -> client.execute(text(1001, "a".repeat(4097))))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(400);
                    assertThat(e.getApiResponse()).isEqualTo("Bad Request: message is too long");
                });
        String vietnameseData = "phản ánh đường hẻm số ba khóm một bị ngập nước";
        assertThat(vietnameseData).hasSizeLessThan(64);
        assertThat(vietnameseData.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(64);
        assertThatThrownBy(() -> client.execute(SendMessage.builder()
                        .chatId(1001L)
                        .text("Chọn")
                        .replyMarkup(InlineKeyboardMarkup.builder()
                                .keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder()
                                        .text("Gửi")
                                        .callbackData(vietnameseData)
                                        .build()))
                                .build())
                        .build()))
                .isInstanceOfSatisfying(
                        TelegramApiRequestException.class,
                        e -> assertThat(e.getApiResponse()).isEqualTo("Bad Request: BUTTON_DATA_INVALID"));

        standIn.blockChat(1003);
        assertThatThrownBy(() -> client.execute(text(1003, "Xin chào")))
                .isInstanceOfSatisfying(
                        TelegramApiRequestException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(403));
        assertThat(standIn.messagesTo(1001)).hasSize(1);
        assertThat(standIn.rejectedCalls()).extracting(RejectedCall::errorCode).containsExactly(400, 400, 403);
    }

    @Test
    void pollingHoldsTheRequestInsteadOfSpinning() throws Exception {
        standIn.maxPollHold(Duration.ofSeconds(1));
        startPolling();
        standIn.awaitCall("getUpdates", call -> true, WAIT);
        long before = standIn.calls("getUpdates").size();

        Thread.sleep(2000); // idle on purpose: a spinning poller would make hundreds of calls here

        assertThat(standIn.calls("getUpdates").size() - before).isBetween(1L, 3L);
        assertThat(standIn.calls("deleteWebhook")).hasSize(1);
        assertThat(standIn.rejectedCalls()).isEmpty();
    }

    @Test
    void confirmedUpdatesAreDroppedAndPollingGoesOn() throws Exception {
        standIn.maxPollHold(Duration.ofSeconds(1)); // a held poll is recorded when it is answered
        startPolling();
        for (int i = 1; i <= 5; i++) {
            standIn.injectText(LAN, "tin " + i);
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            texts.add(next().getMessage().getText());
        }
        assertThat(texts).containsExactly("tin 1", "tin 2", "tin 3", "tin 4", "tin 5");
        // the next poll carries offset = last + 1 and so confirms all five
        standIn.awaitCall("getUpdates", call -> "6".equals(call.param("offset")), WAIT);
        assertThat(standIn.pendingUpdates()).isZero();
        assertThat(received).isEmpty();
    }

    private void startPolling() throws Exception {
        pollingThread = Executors.newSingleThreadScheduledExecutor();
        polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> pollingThread);
        polling.registerBot(TOKEN, () -> url, new DefaultGetUpdatesGenerator(), received::addAll);
    }

    private Update next() throws InterruptedException {
        Update update = received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(update).as("an update within " + WAIT).isNotNull();
        return update;
    }

    private static SendMessage text(long chatId, String text) {
        return SendMessage.builder().chatId(chatId).text(text).build();
    }

    private static List<String> standInThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith("bot-api-stand-in"))
                .toList();
    }
}
