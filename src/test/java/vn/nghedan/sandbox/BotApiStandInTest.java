package vn.nghedan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The stand-in's Bot API behaviour, called directly (no HTTP). */
class BotApiStandInTest {

    private static final TelegramUser LAN = TelegramUser.of(1001, "Cô Lan");
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final BotApiStandIn standIn = new BotApiStandIn();

    @Test
    void methodNamesAreMatchedInAnyCaseAndRecordedAsDocumented() {
        assertThat(call("deleteWebhook", "{}").result().asBoolean()).isTrue();
        assertThat(call("getme", "{}").result().path("is_bot").asBoolean()).isTrue();
        assertThat(call("SENDMESSAGE", "{\"chat_id\":\"1001\",\"text\":\"Xin chào\"}")
                        .ok())
                .isTrue();

        assertThat(standIn.calls("sendMessage")).singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("sendMessage");
            assertThat(call.chatId()).isEqualTo(1001L);
            assertThat(call.param("text")).isEqualTo("Xin chào");
        });
        assertThat(standIn.calls())
                .extracting(BotCall::method)
                .containsExactly("deleteWebhook", "getMe", "sendMessage");
        ApiAnswer unknown = call("sendTelepathy", "{}");
        assertThat(unknown.httpStatus()).isEqualTo(404);
        assertThat(unknown.body().toString())
                .isEqualTo("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
    }

    @Test
    void sentMessagesAreTelegramShapedAndNumberedPerChatWithThePersonsMessages() {
        standIn.injectText(LAN, "chào");
        JsonNode first = call("sendMessage", "{\"chat_id\":\"1001\",\"text\":\"Chào cô\"}")
                .result();
        JsonNode other =
                call("sendMessage", "{\"chat_id\":1002,\"text\":\"Chào chú\"}").result();

        assertThat(first.path("message_id").asInt()).isEqualTo(2);
        assertThat(first.path("chat").path("id").asLong()).isEqualTo(1001);
        assertThat(first.path("chat").path("type").asText()).isEqualTo("private");
        assertThat(first.path("from").path("is_bot").asBoolean()).isTrue();
        assertThat(first.path("date").asLong()).isPositive();
        assertThat(other.path("message_id").asInt()).isEqualTo(1);
        assertThat(standIn.transcript(1001)).isEqualTo("user #1 (1001) chào\nbot #2 Chào cô");
    }

    @Test
    void aBotRestartedOnADatabaseThatSawMoreUpdatesStillGetsWhatPeopleSend() {
        // The sandbox keeps data/sandbox.db, whose inbox saw updates up to 57; the stand-in starts
        // afresh with the app. What a person sent before the first poll used to be taken as
        // confirmed by offset 58 and dropped: the bot never answered again after a restart.
        standIn.injectText(LAN, "/start");

        JsonNode first = call("getUpdates", "{\"offset\":58,\"timeout\":0}").result();
        assertThat(first).hasSize(1);
        assertThat(first.get(0).path("update_id").asInt()).isEqualTo(58);
        assertThat(first.get(0).path("message").path("text").asText()).isEqualTo("/start");

        assertThat(standIn.injectText(LAN, "/new")).as("ids carry on above").isEqualTo(59);
        JsonNode next = call("getUpdates", "{\"offset\":59,\"timeout\":0}").result();
        assertThat(next)
                .singleElement()
                .satisfies(
                        u -> assertThat(u.path("message").path("text").asText()).isEqualTo("/new"));
    }

    @Test
    void injectedUpdatesLookLikeTelegramsAndGetIncreasingIds() {
        int text = standIn.injectText(LAN, "/start@nghe_dan_sandbox_bot K1");
        int contact = standIn.injectContact(LAN, "+84901234567");
        int sticker = standIn.injectSticker(LAN, "👍");
        int voice = standIn.injectVoice(LAN, new byte[] {1, 2, 3}, 4);
        int location = standIn.injectLocation(LAN, 10.2915, 105.7585);
        int document = standIn.injectDocument(LAN, new byte[] {9}, "đơn.pdf", "application/pdf", "Đơn kiến nghị");
        int edited = standIn.injectEditedText(LAN, 1, "/start K2");
        int group = standIn.injectGroupText(-4001, "Khóm 1", LAN, "họp tổ");
        int channel = standIn.injectChannelPost(-1001234, "UBND Phường 4", "Thông báo");
        int raw = standIn.injectRaw(
                "{\"my_chat_member\":{\"chat\":{\"id\":1001,\"type\":\"private\"},\"date\":1700000000}}");

        assertThat(new int[] {text, contact, sticker, voice, location, document, edited, group, channel, raw})
                .isSorted()
                .doesNotHaveDuplicates();
        JsonNode updates =
                call("getUpdates", "{\"offset\":0,\"limit\":100,\"timeout\":0}").result();
        assertThat(updates).hasSize(10);
        JsonNode start = updates.get(0).path("message");
        assertThat(start.path("entities").get(0).path("type").asText()).isEqualTo("bot_command");
        assertThat(start.path("entities").get(0).path("length").asInt())
                .isEqualTo("/start@nghe_dan_sandbox_bot".length());
        assertThat(start.path("from").path("language_code").asText()).isEqualTo("vi");
        assertThat(updates.get(1)
                        .path("message")
                        .path("contact")
                        .path("user_id")
                        .asLong())
                .isEqualTo(1001);
        assertThat(updates.get(2).path("message").path("sticker").path("emoji").asText())
                .isEqualTo("👍");
        assertThat(updates.get(3).path("message").path("voice").path("duration").asInt())
                .isEqualTo(4);
        assertThat(updates.get(4)
                        .path("message")
                        .path("location")
                        .path("latitude")
                        .asDouble())
                .isEqualTo(10.2915);
        assertThat(updates.get(5)
                        .path("message")
                        .path("document")
                        .path("file_name")
                        .asText())
                .isEqualTo("đơn.pdf");
        assertThat(updates.get(6).path("edited_message").path("edit_date").asLong())
                .isPositive();
        assertThat(updates.get(6).path("edited_message").path("message_id").asInt())
                .isEqualTo(1);
        assertThat(updates.get(7).path("message").path("chat").path("type").asText())
                .isEqualTo("group");
        assertThat(updates.get(8).path("channel_post").has("from")).isFalse();
        assertThat(updates.get(8)
                        .path("channel_post")
                        .path("sender_chat")
                        .path("id")
                        .asLong())
                .isEqualTo(-1001234);
        assertThat(updates.get(9).path("update_id").asInt()).isEqualTo(raw);
        assertThat(standIn.inboundMessages(1001).get(0).summary()).isEqualTo("/start K2 (edited)");
    }

    @Test
    void anOffsetConfirmsTheUpdatesBelowItAndALimitCutsTheBatch() {
        int first = standIn.injectText(LAN, "một");
        standIn.injectText(LAN, "hai");
        standIn.injectText(LAN, "ba");

        assertThat(call("getUpdates", "{\"limit\":2}").result()).hasSize(2);
        JsonNode rest = call("getUpdates", "{\"offset\":" + (first + 2) + "}").result();
        assertThat(rest)
                .singleElement()
                .satisfies(
                        u -> assertThat(u.path("message").path("text").asText()).isEqualTo("ba"));
        assertThat(standIn.pendingUpdates()).isEqualTo(1);
        standIn.reset();
        assertThat(standIn.injectText(LAN, "bốn")).as("ids go on after a reset").isEqualTo(first + 3);
    }

    @Test
    void aLongPollIsHeldUntilAnUpdateArrives() throws Exception {
        CompletableFuture<ApiAnswer> poll = CompletableFuture.supplyAsync(() -> call("getUpdates", "{\"timeout\":30}"));
        Thread.sleep(300);
        assertThat(poll).isNotDone();

        long start = System.nanoTime();
        standIn.injectText(LAN, "có ai không");
        ApiAnswer answer = poll.get(5, TimeUnit.SECONDS);

        // released by the update, not by the 30 s timeout (bounded loosely: CI machines stall)
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(answer.result()).hasSize(1);
    }

    @Test
    void aHeldPollEndsAtTheMaximumHoldOrWhenReleased() throws Exception {
        standIn.maxPollHold(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertThat(call("getUpdates", "{\"timeout\":50}").result()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isBetween(Duration.ofMillis(250), Duration.ofSeconds(10)); // not the 50 s asked for

        standIn.maxPollHold(Duration.ofSeconds(30));
        CompletableFuture<ApiAnswer> held = CompletableFuture.supplyAsync(() -> call("getUpdates", "{\"timeout\":50}"));
        Thread.sleep(200);
        standIn.releaseHeldPolls();
        assertThat(held.get(2, TimeUnit.SECONDS).result()).isEmpty();
    }

    @Test
    void aNewerPollEndsAHeldOneWithTelegramsConflict() throws Exception {
        CompletableFuture<ApiAnswer> older =
                CompletableFuture.supplyAsync(() -> call("getUpdates", "{\"timeout\":30}"));
        Thread.sleep(200);
        CompletableFuture<ApiAnswer> newer =
                CompletableFuture.supplyAsync(() -> call("getUpdates", "{\"timeout\":30}"));

        ApiAnswer conflict = older.get(5, TimeUnit.SECONDS);
        assertThat(conflict.httpStatus()).isEqualTo(409);
        assertThat(conflict.body().path("description").asText()).startsWith("Conflict: terminated by other getUpdates");
        standIn.injectText(LAN, "tin mới");
        assertThat(newer.get(5, TimeUnit.SECONDS).result()).hasSize(1);
    }

    @Test
    void textAndCaptionLimitsAreTelegrams() {
        assertError(call("sendMessage", "{\"chat_id\":1,\"text\":\"\"}"), 400, "Bad Request: message text is empty");
        assertError(call("sendMessage", "{\"chat_id\":1,\"text\":\"  \"}"), 400, "Bad Request: message text is empty");
        assertError(call("sendMessage", "{\"chat_id\":1}"), 400, "Bad Request: message text is empty");
        assertError(call("sendMessage", "{\"text\":\"hi\"}"), 400, "Bad Request: chat_id is empty");
        assertError(
                call("sendMessage", "{\"chat_id\":\"@khom1\",\"text\":\"hi\"}"), 400, "Bad Request: chat not found");
        assertError(
                call("sendMessage", "{\"chat_id\":1,\"text\":\"" + "ư".repeat(4097) + "\"}"),
                400,
                "Bad Request: message is too long");
        assertThat(call("sendMessage", "{\"chat_id\":1,\"text\":\"" + "ư".repeat(4096) + "\"}")
                        .ok())
                .isTrue();
        assertError(
                call("sendPhoto", "{\"chat_id\":1,\"photo\":\"nope\",\"caption\":\"x\"}"),
                400,
                "Bad Request: wrong file identifier/HTTP URL specified");
    }

    @Test
    void htmlParseModeShowsTheVisibleTextAndRefusesBrokenMarkup() {
        JsonNode sent = call(
                        "sendMessage",
                        "{\"chat_id\":1,\"parse_mode\":\"HTML\",\"text\":\"<b>Ý kiến #42</b>: a &lt; b &amp; c\"}")
                .result();
        assertThat(sent.path("text").asText()).isEqualTo("Ý kiến #42: a < b & c");

        assertError(
                call(
                        "sendMessage",
                        "{\"chat_id\":1,\"parse_mode\":\"HTML\",\"text\":\"Ổ gà <script>alert(1)</script>\"}"),
                400,
                "Bad Request: can't parse entities: Unsupported start tag \"script\" at byte offset 8");
        assertError(
                call("sendMessage", "{\"chat_id\":1,\"parse_mode\":\"HTML\",\"text\":\"<b>đậm\"}"),
                400,
                "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"");
        assertThat(call("sendMessage", "{\"chat_id\":1,\"text\":\"<script> stays as text\"}")
                        .result()
                        .path("text")
                        .asText())
                .isEqualTo("<script> stays as text");
    }

    @Test
    void callbackDataMustBeOneTo64Bytes() {
        assertThat(call("sendMessage", keyboard("a".repeat(64))).ok()).isTrue();
        assertError(call("sendMessage", keyboard("a".repeat(65))), 400, "Bad Request: BUTTON_DATA_INVALID");
        assertError(call("sendMessage", keyboard("ý".repeat(33))), 400, "Bad Request: BUTTON_DATA_INVALID");
        assertError(call("sendMessage", keyboard("")), 400, "Bad Request: BUTTON_DATA_INVALID");
        assertThat(call(
                                "sendMessage",
                                "{\"chat_id\":1,\"text\":\"x\",\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"\",\"callback_data\":\"a\"}]]}}")
                        .httpStatus())
                .isEqualTo(400);
        assertThat(call("sendMessage", "{\"chat_id\":1,\"text\":\"x\",\"reply_markup\":\"{not json\"}")
                        .body()
                        .path("description")
                        .asText())
                .isEqualTo("Bad Request: can't parse reply keyboard markup JSON object");
    }

    @Test
    void editsAndDeletionsChangeTheStoredMessageAsTelegramDoes() {
        call("sendMessage", keyboard("accept"));
        String edit = "{\"chat_id\":1,\"message_id\":1,\"text\":\"Đã đồng ý\"}";
        assertThat(call("editMessageText", edit).result().path("edit_date").asLong())
                .isPositive();
        SentMessage edited = standIn.message(1, 1).orElseThrow();
        assertThat(edited.text()).isEqualTo("Đã đồng ý");
        assertThat(edited.buttons()).isEmpty();
        assertThat(edited.revision()).isGreaterThan(1);
        assertError(
                call("editMessageText", edit),
                400,
                "Bad Request: message is not modified: specified new message"
                        + " content and reply markup are exactly the same as a current content and reply markup of the message");
        assertError(
                call("editMessageText", "{\"chat_id\":1,\"message_id\":99,\"text\":\"x\"}"),
                400,
                "Bad Request: message to edit not found");

        call(
                "editMessageReplyMarkup",
                "{\"chat_id\":1,\"message_id\":1,\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"Hủy\",\"callback_data\":\"undo\"}]]}}");
        assertThat(standIn.message(1, 1).orElseThrow().button("Hủy").data()).isEqualTo("undo");

        assertThat(call("deleteMessage", "{\"chat_id\":1,\"message_id\":1}")
                        .result()
                        .asBoolean())
                .isTrue();
        assertThat(standIn.message(1, 1).orElseThrow().deleted()).isTrue();
        assertError(
                call("deleteMessage", "{\"chat_id\":1,\"message_id\":1}"),
                400,
                "Bad Request: message to delete not found");
        assertThat(standIn.calls("editMessageText")).hasSize(1);
        assertThat(standIn.rejectedCalls()).hasSize(3);
    }

    @Test
    void locationsVenuesAndChatActionsAreRecorded() {
        assertThat(call("sendLocation", "{\"chat_id\":1,\"latitude\":10.29,\"longitude\":105.75}")
                        .result()
                        .path("location")
                        .path("longitude")
                        .asDouble())
                .isEqualTo(105.75);
        JsonNode venue = call(
                        "sendVenue",
                        "{\"chat_id\":1,\"latitude\":10.29,\"longitude\":105.75,\"title\":\"Nhà văn hóa Khóm 1\",\"address\":\"12 Hùng Vương\"}")
                .result();
        assertThat(venue.path("venue").path("title").asText()).isEqualTo("Nhà văn hóa Khóm 1");
        assertError(
                call("sendLocation", "{\"chat_id\":1,\"latitude\":91,\"longitude\":0}"),
                400,
                "Bad Request: wrong latitude");
        assertThat(call("sendChatAction", "{\"chat_id\":1,\"action\":\"typing\"}")
                        .ok())
                .isTrue();

        assertThat(standIn.messagesTo(1))
                .extracting(SentMessage::kind)
                .containsExactly(SentMessage.Kind.LOCATION, SentMessage.Kind.VENUE);
        assertThat(standIn.messagesTo(1).get(1).venue().address()).isEqualTo("12 Hùng Vương");
        assertThat(standIn.calls("sendChatAction"))
                .singleElement()
                .satisfies(c -> assertThat(c.param("action")).isEqualTo("typing"));
    }

    @Test
    void onlyPressesThatHappenedCanBeAnswered() {
        int press = standIn.injectCallback(LAN, 5, "ok");
        String queryId = BotApiStandIn.callbackQueryId(press);
        assertThat(call("getUpdates", "{}")
                        .result()
                        .get(0)
                        .path("callback_query")
                        .path("id")
                        .asText())
                .isEqualTo(queryId);

        assertThat(call(
                                "answerCallbackQuery",
                                "{\"callback_query_id\":\"" + queryId + "\",\"show_alert\":true,\"text\":\"Đã nhận\"}")
                        .ok())
                .isTrue();
        assertError(
                call("answerCallbackQuery", "{\"callback_query_id\":\"made-up\"}"),
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid");
        assertThat(standIn.callbackAnswers()).singleElement().satisfies(answer -> {
            assertThat(answer.showAlert()).isTrue();
            assertThat(answer.text()).isEqualTo("Đã nhận");
        });
    }

    @Test
    void commandMenusAreKeptPerScopeAndLanguage() {
        call(
                "setMyCommands",
                "{\"commands\":[{\"command\":\"start\",\"description\":\"Bắt đầu\"}],\"language_code\":\"vi\"}");
        call(
                "setMyCommands",
                "{\"commands\":[{\"command\":\"start\",\"description\":\"Start\"}],\"language_code\":\"en\"}");
        call(
                "setMyCommands",
                "{\"commands\":[{\"command\":\"agenda\",\"description\":\"Chương trình\"}],\"scope\":{\"type\":\"chat\",\"chat_id\":9001}}");
        call(
                "setMyCommands",
                "{\"commands\":[{\"command\":\"start\",\"description\":\"Bắt đầu lại\"}],\"language_code\":\"vi\"}");

        assertThat(standIn.commands()).hasSize(3);
        assertThat(standIn.commands().get(0).commands().get(0).description()).isEqualTo("Bắt đầu lại");
        assertThat(standIn.commands().get(2).scopeChatId()).isEqualTo(9001L);
        assertThat(call("getMyCommands", "{\"language_code\":\"en\"}")
                        .result()
                        .get(0)
                        .path("description")
                        .asText())
                .isEqualTo("Start");
        assertError(
                call("setMyCommands", "{\"commands\":[{\"command\":\"Start\",\"description\":\"x\"}]}"),
                400,
                "Bad Request: BOT_COMMAND_INVALID");
        call("deleteMyCommands", "{\"language_code\":\"en\"}");
        assertThat(standIn.commands()).hasSize(2);
    }

    @Test
    void plannedFailuresHitTheNamedMethodOrEveryMethodButThePoll() {
        standIn.failNext("SendMessage", 2, 502, "Bad Gateway", null);
        standIn.failNext("*", 1, 500, "Internal Server Error", null);

        assertError(call("sendmessage", "{\"chat_id\":1,\"text\":\"a\"}"), 502, "Bad Gateway");
        assertThat(call("getUpdates", "{}").ok()).as("* spares getUpdates").isTrue();
        assertError(call("sendMessage", "{\"chat_id\":1,\"text\":\"a\"}"), 502, "Bad Gateway");
        assertError(call("getMe", "{}"), 500, "Internal Server Error");
        assertThat(call("sendMessage", "{\"chat_id\":1,\"text\":\"a\"}").ok()).isTrue();
        assertThat(standIn.rejectedCount(502)).isEqualTo(2);
        assertThat(standIn.messagesTo(1)).hasSize(1);
    }

    @Test
    void aBlockedChatGets403OnEverySend() {
        standIn.blockChat(1003);
        assertError(
                call("sendMessage", "{\"chat_id\":1003,\"text\":\"a\"}"),
                403,
                "Forbidden: bot was blocked by the user");
        assertError(
                call("sendChatAction", "{\"chat_id\":1003,\"action\":\"typing\"}"),
                403,
                "Forbidden: bot was blocked by the user");
        standIn.unblockChat(1003);
        assertThat(call("sendMessage", "{\"chat_id\":1003,\"text\":\"a\"}").ok())
                .isTrue();
    }

    @Test
    void rateLimitsAllowAShortBurstToAChatAnd30ASecondOverall() {
        standIn.rateLimits(true);
        int accepted = 0;
        long burstStarted = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            accepted += call("sendMessage", "{\"chat_id\":7,\"text\":\"" + i + "\"}")
                            .ok()
                    ? 1
                    : 0;
        }
        // a chat's bucket refills at 1/s: a stalled machine may see one more per second taken
        long burstSeconds = Duration.ofNanos(System.nanoTime() - burstStarted).toSeconds();
        assertThat(accepted).isBetween(3, 3 + (int) burstSeconds);
        ApiAnswer refused = call("sendMessage", "{\"chat_id\":7,\"text\":\"again\"}");
        assertThat(refused.httpStatus()).isEqualTo(429);
        assertThat(refused.body().path("parameters").path("retry_after").asInt())
                .isBetween(1, 3);

        int acceptedOverall = 0;
        long loopStarted = System.nanoTime();
        for (int chat = 100; chat < 140; chat++) {
            acceptedOverall += call("sendMessage", "{\"chat_id\":" + chat + ",\"text\":\"x\"}")
                            .ok()
                    ? 1
                    : 0;
        }
        // The overall bucket refills at 30/s while the loop runs, so a slow machine sees a few more.
        long refilled = Duration.ofNanos(System.nanoTime() - loopStarted).toMillis() * 30 / 1000;
        assertThat(acceptedOverall).isBetween(30 - 3, (int) Math.min(40, 30 + refilled));
        assertThat(standIn.maxMessagesInAnyWindow(Duration.ofSeconds(1))).isGreaterThanOrEqualTo(30);
    }

    @Test
    void sendsBeforeARetryAfterRanOutAreCountedAsViolations() {
        standIn.failNext("sendMessage", 1, 429, "Too Many Requests: retry after 5", 5);
        assertThat(call("sendMessage", "{\"chat_id\":7,\"text\":\"a\"}").httpStatus())
                .isEqualTo(429);

        call("sendMessage", "{\"chat_id\":8,\"text\":\"another chat may go on\"}");
        call("sendMessage", "{\"chat_id\":7,\"text\":\"too early\"}");

        assertThat(standIn.violationsOfRetryAfter()).singleElement().satisfies(violation -> {
            assertThat(violation.chatId()).isEqualTo(7L);
            assertThat(violation.method()).isEqualTo("sendMessage");
            assertThat(violation.allowedFrom()).isAfter(violation.arrivedAt());
        });
    }

    @Test
    void latencyDelaysEveryAnswer() {
        standIn.latency(Duration.ofMillis(200));
        long start = System.nanoTime();
        call("getMe", "{}");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
    }

    @Test
    void waitingForMessagesWakesOnTheSendAndFailsWithATranscript() {
        standIn.injectText(LAN, "/new");
        CompletableFuture.runAsync(() -> {
            sleep(100);
            call("sendMessage", "{\"chat_id\":1001,\"text\":\"Bạn muốn gửi gì?\"}");
        });

        SentMessage question = standIn.awaitMessage(1001, m -> m.text().contains("gửi gì"), WAIT);
        assertThat(question.messageId()).isEqualTo(2);
        assertThat(standIn.awaitMessageCount(1001, 1, WAIT)).hasSize(1);
        assertThatThrownBy(() -> standIn.awaitMessage(1001, m -> m.text().contains("cảm ơn"), Duration.ofMillis(200)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No message to chat 1001 matched within PT0.2S")
                .hasMessageContaining("user #1 (1001) /new")
                .hasMessageContaining("bot #2 Bạn muốn gửi gì?");
        assertThatThrownBy(() -> standIn.awaitMessageCount(1001, 2, Duration.ofMillis(100)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("did not get 2 messages");
        assertThat(standIn.awaitCall("sendMessage", c -> c.chatId() == 1001, WAIT)
                        .param("text"))
                .isEqualTo("Bạn muốn gửi gì?");
    }

    private ApiAnswer call(String method, String json) {
        return standIn.call(method, Params.json(json));
    }

    private static String keyboard(String data) {
        return "{\"chat_id\":1,\"text\":\"Chọn\",\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"Đồng ý\",\"callback_data\":\""
                + data + "\"}]]}}";
    }

    private static void assertError(ApiAnswer answer, int code, String description) {
        assertThat(answer.httpStatus()).isEqualTo(code);
        assertThat(answer.body().path("ok").asBoolean()).isFalse();
        assertThat(answer.body().path("error_code").asInt()).isEqualTo(code);
        assertThat(answer.body().path("description").asText()).isEqualTo(description);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
