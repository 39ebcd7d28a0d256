package vn.nghedan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP side: paths, token, bodies, downloads, shutdown, throughput. */
class StandInServerTest {

    private static final String TOKEN = "777:server-test";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final BotApiStandIn standIn = new BotApiStandIn();
    private final StandInServer server = StandInServer.start(standIn, TOKEN, 0);
    private final OkHttpClient http =
            new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(60)).build();

    @AfterEach
    void stop() {
        server.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Test
    void aWrongTokenIs401AndAnUnknownPathOrMethod404() throws IOException {
        assertThat(post("/bot1:wrong/getMe", "{}"))
                .isEqualTo(new Answer(401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}"));
        assertThat(post("/bot" + TOKEN + "/fly", "{}").status()).isEqualTo(404);
        assertThat(post("/favicon.ico", "{}").status()).isEqualTo(404);
        assertThat(get("/file/bot" + TOKEN + "/photos/none.jpg").code()).isEqualTo(404);
        assertThat(post("/bot" + TOKEN + "/sendMessage", "[1,2]"))
                .isEqualTo(new Answer(
                        400,
                        "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse request body\"}"));
        Answer ok = post("/bot" + TOKEN + "/getme", "");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).path("result").path("username").asText())
                .isEqualTo("nghe_dan_sandbox_bot");
        assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
    }

    @Test
    void uploadsInAMultipartFormAreStoredAndServedBack() throws IOException {
        byte[] photo = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', '-', '-'};
        RequestBody form = new MultipartBody.Builder()
                .setType(MultipartBody.FORM)
                .addFormDataPart("chat_id", "9001")
                .addFormDataPart("caption", "Ảnh hiện trường")
                .addFormDataPart(
                        "reply_markup", "{\"inline_keyboard\":[[{\"text\":\"Xem\",\"callback_data\":\"v:1\"}]]}")
                .addFormDataPart("photo", "hiện trường.png", RequestBody.create(photo, MediaType.get("image/png")))
                .build();

        Answer answer = send(new Request.Builder()
                .url(server.baseUrl() + "/bot" + TOKEN + "/sendPhoto")
                .post(form));

        JsonNode result = JSON.readTree(answer.body()).path("result");
        assertThat(result.path("caption").asText()).isEqualTo("Ảnh hiện trường");
        SentMessage sent = standIn.messagesTo(9001).get(0);
        assertThat(sent.attachment().bytes()).isEqualTo(photo);
        assertThat(sent.attachment().fileName()).isEqualTo("hiện trường.png");
        assertThat(sent.button("Xem").data()).isEqualTo("v:1");

        String fileId = result.path("photo").get(0).path("file_id").asText();
        String filePath = JSON.readTree(post("/bot" + TOKEN + "/getFile", "{\"file_id\":\"" + fileId + "\"}")
                        .body())
                .path("result")
                .path("file_path")
                .asText();
        try (Response download = get("/file/bot" + TOKEN + "/" + filePath)) {
            assertThat(download.body().bytes()).isEqualTo(photo);
        }
        try (Response wrongToken = get("/file/bot1:x/" + filePath)) {
            assertThat(wrongToken.code()).isEqualTo(404);
        }
    }

    @Test
    void formAndQueryParametersWorkAsWithCurl() throws IOException {
        Request.Builder request = new Request.Builder()
                .url(server.baseUrl() + "/bot" + TOKEN + "/sendMessage?chat_id=5")
                .post(RequestBody.create(
                        "text=Xin+ch%C3%A0o+%26+c%E1%BA%A3m+%C6%A1n",
                        MediaType.get("application/x-www-form-urlencoded")));

        assertThat(send(request).status()).isEqualTo(200);
        assertThat(standIn.messagesTo(5).get(0).text()).isEqualTo("Xin chào & cảm ơn");
    }

    /**
     * The held poll gets a whole empty answer, not a connection cut mid-answer: a bot stopping
     * with the sandbox must see its last poll end normally, or its library logs an ERROR.
     */
    @Test
    void closingAnswersAHeldPollAtOnceAndFreesThePortAndThreads() throws Exception {
        int port = server.port();
        long start = System.nanoTime();
        CompletableFuture<Answer> held = CompletableFuture.supplyAsync(() -> {
            try {
                return post("/bot" + TOKEN + "/getUpdates", "{\"timeout\":50}");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Thread.sleep(300);
        assertThat(held).isNotDone();

        server.close();

        Answer answer = held.get(30, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body())).isEqualTo(JSON.readTree("{\"ok\":true,\"result\":[]}"));
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(thread -> thread.isAlive() && thread.getName().startsWith("bot-api-stand-in"));
    }

    @Test
    void manyConcurrentCallsOverKeptAliveConnectionsAreAnswered() throws Exception {
        int threads = 8;
        int callsEach = 250;
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int chat = 2000 + t;
                results.add(clients.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < callsEach; i++) {
                        ok += post(
                                                        "/bot" + TOKEN + "/sendMessage",
                                                        "{\"chat_id\":" + chat + ",\"text\":\"tin " + i + "\"}")
                                                .status()
                                        == 200
                                ? 1
                                : 0;
                    }
                    return ok;
                }));
            }
            int ok = 0;
            for (Future<Integer> result : results) {
                ok += result.get(60, TimeUnit.SECONDS);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("stand-in: %d calls in %.2f s = %.0f calls/s%n", ok, seconds, ok / seconds);
            assertThat(ok).isEqualTo(threads * callsEach);
            assertThat(standIn.messagesTo(2003)).hasSize(callsEach);
            assertThat(standIn.messagesTo(2003).get(callsEach - 1).messageId()).isEqualTo(callsEach);
        } finally {
            clients.shutdownNow();
        }
    }

    private record Answer(int status, String body) {}

    private Answer post(String path, String json) throws IOException {
        return send(new Request.Builder().url(server.baseUrl() + path).post(RequestBody.create(json, JSON_TYPE)));
    }

    private Answer send(Request.Builder request) throws IOException {
        try (Response response = http.newCall(request.build()).execute()) {
            return new Answer(response.code(), response.body().string());
        }
    }

    private Response get(String path) throws IOException {
        return http.newCall(new Request.Builder().url(server.baseUrl() + path).build())
                .execute();
    }
}
