package vn.nghedan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nghedan.support.AppDatabase;
import vn.nghedan.support.AppProcess;

/**
 * The sandbox as a person runs it: no bot token, its own Bot API stand-in inside the app, a
 * resident played in the web chat. The stand-in starts afresh with every start while the
 * database stays, so it numbered updates from 1 again: in webhook mode (no getUpdates offset to
 * tell it better) the restarted app took them for updates it had handled and dropped them, and
 * the resident was never answered again. Each run also stops the way a person stops it (SIGTERM)
 * and must log no ERROR or WARN doing so: the poller's last poll used to fail as it stopped.
 */
class SandboxWebChatRestartTest {

    private static final List<String> JVM = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final long RESIDENT = 1001; // "Cô Lan", a preset persona of the web chat
    private static final Pattern ERROR_OR_WARN = Pattern.compile("^\\S+\\s+(ERROR|WARN)\\s.*");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private static final Map<String, String> WEBHOOK = Map.of("NGHEDAN_TELEGRAM_MODE", "webhook");
    private static final Map<String, String> POLLING = Map.of();

    @Test
    void inWebhookModeTheResidentIsStillAnsweredAfterARestartOnTheSameDatabase() throws Exception {
        AppDatabase db = AppDatabase.sqlite(dir.resolve("sandbox.db"));
        talkAndStop(db, WEBHOOK, "webhook-1", "/start", "Xin chào");
        talkAndStop(db, WEBHOOK, "webhook-2", "/help", "/new");
    }

    @Test
    void inPollingModeTheResidentIsStillAnsweredAfterARestartOnTheSameDatabase() throws Exception {
        AppDatabase db = AppDatabase.sqlite(dir.resolve("sandbox.db"));
        talkAndStop(db, POLLING, "polling-1", "/start", "Xin chào");
        talkAndStop(db, POLLING, "polling-2", "/help", "/new");
    }

    @Test
    void onPostgresqlTooTheResidentIsStillAnsweredAfterARestartInWebhookMode() throws Exception {
        AppDatabase db = AppDatabase.postgres();
        talkAndStop(db, WEBHOOK, "postgresql-webhook-1", "/start", "Xin chào");
        talkAndStop(db, WEBHOOK, "postgresql-webhook-2", "/help", "/new");
    }

    /**
     * Starts the sandbox on {@code db}, has the resident send {@code text} in the web
     * chat, waits for the bot's answer containing {@code expected}, then stops the app and checks
     * what it logged while stopping.
     */
    private void talkAndStop(AppDatabase db, Map<String, String> mode, String run, String text, String expected)
            throws Exception {
        Path log = Path.of("target", "sandbox-web-chat-restart-" + run + ".log");
        Files.deleteIfExists(log);
        Map<String, String> env = new HashMap<>(mode);
        env.putAll(db.env());
        env.put("NGHEDAN_DATA_FOLDER", dir.resolve("data").toString());
        env.put("NGHEDAN_QUIET_HOURS", "");
        env.put("ADMIN_PASSWORD", "sandbox-restart-password");
        env.put("NGHEDAN_WEBHOOK_SECRET", "sandbox-restart-secret");
        try (AppProcess app = new AppProcess(env, log)) {
            // The app's port is chosen before it starts: the webhook it sets is on itself.
            app.environment().put("NGHEDAN_WEBHOOK_URL", "http://127.0.0.1:" + app.port() + "/telegram/webhook");
            app.start(JVM);
            send(app, text);
            awaitAnswer(app, expected);

            long beforeStop = Files.size(log);
            app.stop(Duration.ofSeconds(30));
            String stopping = Files.readString(log).substring((int) beforeStop);
            assertThat(stopping.lines()
                            .filter(line -> ERROR_OR_WARN.matcher(line).matches()))
                    .as("what the %s run logged while it stopped:%n%s", run, stopping)
                    .isEmpty();
        }
    }

    private static void send(AppProcess app, String text) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(chat(app, "/text"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", text))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** What the web chat shows: waits until a message of the bot contains {@code expected}. */
    private static void awaitAnswer(AppProcess app, String expected) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        String shown = "";
        while (Instant.now().isBefore(deadline)) {
            shown = HTTP.send(
                            HttpRequest.newBuilder(chat(app, "/messages")).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            for (JsonNode message : JSON.readTree(shown).get("messages")) {
                if (message.get("fromBot").asBoolean()
                        && message.get("text").asString().contains(expected)) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The bot did not answer with \"" + expected + "\" within " + WAIT
                + "; the web chat shows " + shown + "\nlog:\n" + app.tail());
    }

    private static URI chat(AppProcess app, String path) {
        return URI.create("http://127.0.0.1:" + app.port() + "/sandbox/api/chats/" + RESIDENT + path);
    }
}
