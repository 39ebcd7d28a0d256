package vn.nghedan.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.nghedan.NgheDanApplication;
import vn.nghedan.sandbox.BotApiStandIn;
import vn.nghedan.sandbox.BotCall;
import vn.nghedan.sandbox.StandInServer;
import vn.nghedan.support.AppProcess;
import vn.nghedan.support.Chat;

/**
 * The app in webhook mode, its own Spring context with its own Bot API stand-in (not the shared
 * sandbox one: the shared context polls, this one must not), delivering updates by POST to the
 * app's /telegram/webhook with the secret header, as Telegram does. The last test stops the app.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebhookModeTest {

    private static final String TOKEN = "424242:webhook-test-token-not-real";
    private static final String SECRET = "webhook-test_secret-42";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final AtomicLong NEXT_UPDATE = new AtomicLong(900_000_000);

    private static BotApiStandIn api;
    private static StandInServer standIn;
    private static ConfigurableApplicationContext app;
    private static int port;
    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        api = new BotApiStandIn();
        standIn = StandInServer.start(api, TOKEN, 0);
        port = AppProcess.freePort();
        Path dir = Files.createTempDirectory("nghedan-webhook");
        // Command-line arguments: they outrank config/application.yml, as the environment would.
        app = new SpringApplicationBuilder(NgheDanApplication.class)
                .run(
                        "--server.port=" + port,
                        "--spring.datasource.url=jdbc:sqlite:" + dir.resolve("webhook.db"),
                        "--nghedan.data-folder=" + dir.resolve("data"),
                        "--nghedan.telegram.token=" + TOKEN,
                        "--nghedan.telegram.api-url=" + standIn.baseUrl(),
                        "--nghedan.telegram.mode=webhook",
                        "--nghedan.telegram.webhook-url=" + webhookUrl(),
                        "--nghedan.telegram.webhook-secret=" + SECRET,
                        "--nghedan.send-rate=1000",
                        "--nghedan.quiet-hours=",
                        "--nghedan.admin.telegram-ids=9001",
                        "--nghedan.admin.password=webhook-admin-password");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (standIn != null) {
            standIn.close();
        }
    }

    private static String webhookUrl() {
        return "http://127.0.0.1:" + port + "/telegram/webhook";
    }

    @Test
    @Order(1)
    void theAppSetsItsWebhookWithTheSecretAndNeverPolls() throws Exception {
        BotCall set = api.awaitCall("setWebhook", call -> true, WAIT);
        assertThat(set.param("url")).isEqualTo(webhookUrl());
        assertThat(set.param("secret_token")).isEqualTo(SECRET);
        assertThat(set.param("max_connections")).isEqualTo("40");
        assertThat(set.param("allowed_updates"))
                .contains("message", "edited_message", "callback_query", "my_chat_member");
        assertThat(api.webhookUrl()).isEqualTo(webhookUrl());

        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        assertThat(api.calls("getUpdates")).isEmpty();
        assertThat(api.calls("deleteWebhook")).isEmpty();
    }

    @Test
    @Order(2)
    void aResidentJoinsTheirKhomThroughWebhookDeliveries() {
        Chat lan = Chat.of(api, 310_001, "Cô Lan");
        lan.onboard("Khóm 2");
        lan.send("/help");
        lan.expect("Hướng dẫn sử dụng");

        // Every update was delivered by POST and accepted at once; none was polled. The stand-in
        // logs a delivery when it has read the app's 200, which may come after the app has already
        // answered the resident, so the log is awaited rather than read once.
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(api.webhookDeliveries(200)).hasSizeGreaterThanOrEqualTo(4));
        await().atMost(WAIT).until(() -> api.pendingUpdates() == 0);
        assertThat(api.webhookDeliveries(403)).isEmpty();
        assertThat(api.calls("getUpdates")).isEmpty();
        assertThat(resident(lan.id())).isEqualTo("K2");
    }

    @Test
    @Order(3)
    void aDeliveryWithoutTheRightSecretIsRefusedAndNotStored() throws Exception {
        long updateId = NEXT_UPDATE.incrementAndGet();
        String update = textUpdate(updateId, 310_002, "xin chào");

        assertThat(post(update, "wrong-secret").statusCode()).isEqualTo(403);
        assertThat(post(update, null).statusCode()).isEqualTo(403);
        assertThat(post(update, SECRET.substring(0, SECRET.length() - 1)).statusCode())
                .isEqualTo(403);
        assertThat(stored(updateId)).isZero();
    }

    @Test
    @Order(4)
    void aMalformedBodyIs400AndNotStored() throws Exception {
        long updateId = NEXT_UPDATE.incrementAndGet();
        HttpResponse<String> broken = post("{\"update_id\":" + updateId + ",\"message\":", SECRET);
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("\"error\"");
        assertThat(post("[1,2,3]", SECRET).statusCode()).isEqualTo(400);
        assertThat(post("{\"message\":{}}", SECRET).statusCode()).isEqualTo(400);
        assertThat(post("", SECRET).statusCode()).isEqualTo(400);
        assertThat(stored(updateId)).isZero();
    }

    @Test
    @Order(5)
    void anUpdateDeliveredTwiceIsStoredAndAnsweredOnce() throws Exception {
        long updateId = NEXT_UPDATE.incrementAndGet();
        long chat = 310_003;
        String update = textUpdate(updateId, chat, "/start");

        assertThat(post(update, SECRET).statusCode()).isEqualTo(200);
        assertThat(post(update, SECRET).statusCode()).isEqualTo(200);

        assertThat(stored(updateId)).isEqualTo(1);
        api.awaitMessage(chat, m -> m.text() != null && m.text().contains("Nghị định 13/2023"), WAIT);
        assertThat(processed(updateId)).isEqualTo(1);
        assertThat(api.messagesTo(chat)).hasSize(1);
    }

    /** A GET on the webhook is told, in the API's JSON, that it takes POST only. */
    @Test
    @Order(6)
    void anotherMethodOnTheWebhookIs405InTheApisJson() throws Exception {
        HttpResponse<String> refused = get(WebhookEndpoint.PATH);

        assertThat(refused.statusCode()).isEqualTo(405);
        assertThat(refused.headers().firstValue("Allow")).contains("POST");
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(refused.body())
                .isEqualTo("{\"error\":\"method_not_allowed\","
                        + "\"message\":\"Đường dẫn này không nhận phương thức HTTP đó.\"}");
    }

    @Test
    @Order(7)
    void aMistypedPathUnderTelegramIs404InTheApisJsonNotTheSignInPage() throws Exception {
        HttpResponse<String> missing = get("/telegram/webhok");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(missing.body()).contains("\"error\":\"not_found\"").contains("\"message\":");
    }

    @Test
    @Order(100)
    void stoppingTheAppLeavesTheWebhookSet() {
        app.close();
        app = null;

        assertThat(api.calls("deleteWebhook")).isEmpty();
        assertThat(api.webhookUrl()).isEqualTo(webhookUrl());
        assertThat(api.calls("getUpdates")).isEmpty();
    }

    // ---- helpers

    private static String textUpdate(long updateId, long chatId, String text) {
        return """
                {"update_id":%d,"message":{"message_id":1,"date":1764900000,\
                "from":{"id":%d,"is_bot":false,"first_name":"Hùng"},\
                "chat":{"id":%d,"type":"private","first_name":"Hùng"},"text":"%s"%s}}""".formatted(
                updateId,
                chatId,
                chatId,
                text,
                text.startsWith("/")
                        ? ",\"entities\":[{\"type\":\"bot_command\",\"offset\":0,\"length\":" + text.length() + "}]"
                        : "");
    }

    private static HttpResponse<String> post(String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhookUrl()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JdbcClient jdbc() {
        return app.getBean(JdbcClient.class);
    }

    private static int stored(long updateId) {
        return jdbc().sql("SELECT COUNT(*) FROM telegram_update WHERE update_id = ?")
                .param(updateId)
                .query(Integer.class)
                .single();
    }

    private static int processed(long updateId) {
        return jdbc().sql("SELECT COUNT(*) FROM telegram_update WHERE update_id = ? AND processed_at IS NOT NULL")
                .param(updateId)
                .query(Integer.class)
                .single();
    }

    private static String resident(long chatId) {
        return jdbc().sql("SELECT neighbourhood_code FROM resident WHERE chat_id = ?")
                .param(chatId)
                .query(String.class)
                .single();
    }
}
