package vn.nghedan.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.nghedan.support.EndToEndTest;

/**
 * The default mode, polling: this instance holds the polling lease and polls; there is no webhook
 * (none set at the stand-in, and /telegram/webhook takes no updates).
 */
class PollingModeEndToEndTest extends EndToEndTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BotPolling polling;

    @Test
    void theLeaseHolderPollsAndNoWebhookTakesUpdates() throws Exception {
        api.awaitCall("getUpdates", call -> true, Duration.ofSeconds(30));
        assertThat(polling.holdsLease()).isTrue();
        assertThat(polling.pollingInstance()).isPresent();
        assertThat(api.webhookUrl()).isEmpty();
        assertThat(api.calls("setWebhook")).isEmpty();

        long updateId = 1_900_000_001L;
        HttpResponse<String> posted = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                                .header("Content-Type", "application/json")
                                .header("X-Telegram-Bot-Api-Secret-Token", "anything")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"update_id\":" + updateId
                                        + ",\"message\":{\"message_id\":1,\"date\":1700000000,"
                                        + "\"chat\":{\"id\":77,\"type\":\"private\"},\"text\":\"hi\"}}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode() / 100).as("status class").isNotEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM telegram_update WHERE update_id = ?")
                        .param(updateId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
