package vn.nghedan.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bot's connection pool, swept on its own schedule instead of after every call: calls still
 * share one kept-alive connection, and an idle connection is still closed once its keep-alive is
 * over (at most one sweep late), so no socket is left open for ever.
 */
class UnhurriedConnectionPoolTest {

    private HttpServer server;

    @BeforeEach
    void server() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void callsShareOneConnectionAndAnIdleOneIsClosedAfterItsKeepAlive() throws Exception {
        ConnectionPool pool = UnhurriedConnectionPool.create("test-sweeper", 5, 1, TimeUnit.SECONDS);
        OkHttpClient client = new OkHttpClient.Builder().connectionPool(pool).build();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/bot/getMe";
        for (int i = 0; i < 20; i++) {
            try (Response response =
                    client.newCall(new Request.Builder().url(url).build()).execute()) {
                assertThat(response.body().string()).isEqualTo("{\"ok\":true}");
            }
        }
        assertThat(pool.connectionCount())
                .as("one connection kept alive for all calls")
                .isEqualTo(1);

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> pool.connectionCount() == 0);

        // Still usable after the sweep.
        try (Response response =
                client.newCall(new Request.Builder().url(url).build()).execute()) {
            assertThat(response.code()).isEqualTo(200);
        }
        assertThat(pool.connectionCount()).isEqualTo(1);
    }
}
