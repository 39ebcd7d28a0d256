package vn.nghedan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The stand-in delivers by webhook once the bot (the real TelegramBots client) set one: each
 * update POSTed with the secret header until the webhook answers 2xx, and getUpdates refused with
 * Telegram's 409 meanwhile.
 */
class WebhookDeliveryTest {

    private static final String TOKEN = "888:webhook-delivery-test";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BotApiStandIn standIn = new BotApiStandIn();
    private final StandInServer server = StandInServer.start(standIn, TOKEN, 0);
    private final TelegramClient client =
            new OkHttpTelegramClient(TOKEN, new TelegramUrl("http", "127.0.0.1", server.port(), false));
    private final BlockingQueue<Delivery> received = new LinkedBlockingQueue<>();
    /** The receiving bot answers 500 this many times before it answers 200. */
    private final AtomicInteger failuresLeft = new AtomicInteger();

    private HttpServer bot;

    private record Delivery(long updateId, String secret) {}

    @AfterEach
    void stop() {
        server.close();
        if (bot != null) {
            bot.stop(0);
        }
    }

    private String startBot() throws Exception {
        bot = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        bot.createContext("/hook", exchange -> {
            try (exchange) {
                long updateId = JSON.readTree(exchange.getRequestBody().readAllBytes())
                        .path("update_id")
                        .asLong();
                received.add(
                        new Delivery(updateId, exchange.getRequestHeaders().getFirst(WebhookDelivery.SECRET_HEADER)));
                int status = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
                exchange.sendResponseHeaders(status, -1);
            }
        });
        bot.start();
        return "http://127.0.0.1:" + bot.getAddress().getPort() + "/hook";
    }

    @Test
    void updatesArePostedWithTheSecretAndRetriedUntilTheWebhookAcceptsThem() throws Exception {
        String url = startBot();
        client.execute(SetWebhook.builder()
                .url(url)
                .secretToken("s3cret")
                .maxConnections(10)
                .allowedUpdates(List.of("message", "callback_query"))
                .build());
        assertThat(standIn.webhookUrl()).isEqualTo(url);
        BotCall set = standIn.calls("setWebhook").get(0);
        assertThat(set.param("secret_token")).isEqualTo("s3cret");
        assertThat(set.param("max_connections")).isEqualTo("10");

        failuresLeft.set(2);
        TelegramUser an = TelegramUser.of(4401, "An");
        int first = standIn.injectText(an, "một");
        int second = standIn.injectText(an, "hai");

        // The first update three times (two 500s, then 200), then the second: in order, never skipped.
        List<Long> order = List.of(next().updateId(), next().updateId(), next().updateId(), next().updateId());
        assertThat(order).containsExactly((long) first, (long) first, (long) first, (long) second);
        // The stand-in logs a delivery once the answer is back, just after the bot saw it.
        awaitUntil(() -> standIn.webhookDeliveries(200).size() == 2);
        assertThat(standIn.webhookDeliveries(500)).containsExactly((long) first, (long) first);
        assertThat(standIn.webhookDeliveries(200)).containsExactly((long) first, (long) second);
        assertThat(standIn.pendingUpdates()).isZero();
    }

    @Test
    void getUpdatesIsRefusedWithConflictWhileAWebhookIsSet() throws Exception {
        String url = startBot();
        client.execute(SetWebhook.builder().url(url).secretToken("s").build());

        assertThatThrownBy(() -> client.execute(GetUpdates.builder().timeout(0).build()))
                .isInstanceOfSatisfying(
                        TelegramApiRequestException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(409));

        client.execute(DeleteWebhook.builder().build());
        assertThat(standIn.webhookUrl()).isEmpty();
        int waiting = standIn.injectText(TelegramUser.of(4402, "Bình"), "còn đó không?");
        assertThat(client.execute(GetUpdates.builder().timeout(0).build()))
                .anySatisfy(update -> assertThat(update.getUpdateId()).isEqualTo(waiting));
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private Delivery next() throws InterruptedException {
        Delivery delivery = received.poll(30, TimeUnit.SECONDS);
        assertThat(delivery).as("a webhook delivery within 30 s").isNotNull();
        assertThat(delivery.secret()).isEqualTo("s3cret");
        return delivery;
    }
}
