package vn.nghedan.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.nghedan.resident.ChatAddresses;
import vn.nghedan.resident.Messenger;
import vn.nghedan.sandbox.ZaloStandIn;

/**
 * The Zalo rules of CONTRACT.md, each on its own: the webhook's signature, storing a resent event
 * once, -230 marking the address and ending the message, the single-use refresh token, Zalo's
 * other error codes as {@link ZaloErrors} reads them, and texts longer than Zalo's 2000 characters.
 */
class ZaloContractTest extends ZaloTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    ZaloTokens tokens;

    @Autowired
    ZaloApi api;

    @Autowired
    ObjectProvider<ZaloEndpoint> endpoint;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    /**
     * A program that calls the webhook wrongly (a GET, an Accept the endpoint cannot answer) is
     * told why in the API's JSON, as on /api, in Vietnamese unless it asks for English; Spring
     * Boot's own body had no message.
     */
    @Test
    void aWrongMethodOrAcceptIsAnsweredInTheApisJsonInTheCallersLanguage() throws Exception {
        HttpResponse<String> get = webhook(HttpRequest.newBuilder().GET());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
        assertThat(get.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode refusal = JSON.readTree(get.body());
        assertThat(refusal.path("error").asText()).isEqualTo("method_not_allowed");
        assertThat(refusal.path("message").asText()).isEqualTo("Đường dẫn này không nhận phương thức HTTP đó.");

        HttpResponse<String> inEnglish =
                webhook(HttpRequest.newBuilder().header("Accept-Language", "en").DELETE());
        assertThat(inEnglish.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(inEnglish.body()).path("message").asText())
                .isEqualTo("This path does not take that HTTP method.");

        HttpResponse<String> notAcceptable = webhook(HttpRequest.newBuilder()
                .header("Accept", "image/png")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(notAcceptable.statusCode()).isEqualTo(406);
        JsonNode unanswerable = JSON.readTree(notAcceptable.body());
        assertThat(unanswerable.path("error").asText()).isEqualTo("not_acceptable");
        assertThat(unanswerable.path("message").asText()).isEqualTo("Chỉ trả lời được dạng JSON.");
    }

    @Test
    void aMistypedPathUnderZaloIs404InTheApisJsonNotTheSignInPage() throws Exception {
        HttpResponse<String> missing = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/zalo/webhooks"))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(missing.statusCode()).isEqualTo(404);
        JsonNode refusal = JSON.readTree(missing.body());
        assertThat(refusal.path("error").asText()).isEqualTo("not_found");
        assertThat(refusal.path("message").asText()).isNotBlank();
    }

    private HttpResponse<String> webhook(HttpRequest.Builder request) throws Exception {
        return HTTP.send(
                request.uri(URI.create("http://127.0.0.1:" + port + ZaloWebhook.PATH))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anEventWithoutAGoodSignatureIs401AndNothingIsStored() throws Exception {
        String user = "unsigned" + newUserId();
        String body = zalo.event(user, "user_send_text", JSON.createObjectNode().put("text", "Xin chào"));
        String messageId = JSON.readTree(body).path("message").path("msg_id").asText();
        String timestamp = JSON.readTree(body).path("timestamp").asText();

        assertThat(zalo.post(body, null)).as("no signature").isEqualTo(401);
        assertThat(zalo.post(body, "mac=" + "0".repeat(64))).as("a wrong mac").isEqualTo(401);
        assertThat(zalo.post(body, ZaloSignature.of(ZaloStandIn.APP_ID, body, timestamp, "not-the-oa-key")))
                .as("signed with another key")
                .isEqualTo(401);
        String tampered = body.replace("Xin chào", "Xin chào!");
        assertThat(zalo.post(
                        tampered, ZaloSignature.of(ZaloStandIn.APP_ID, body, timestamp, ZaloStandIn.OA_SECRET_KEY)))
                .as("a body changed after signing")
                .isEqualTo(401);

        assertThat(storedWith(messageId)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM channel_address WHERE external_id = ?")
                        .param(user)
                        .query(Long.class)
                        .single())
                .as("not even the address is kept")
                .isZero();
        assertThat(zalo.messagesTo(user)).isEmpty();
    }

    @Test
    void aSignedEventIsAnswered200AndAResentOneIsStoredAndHandledOnce() throws Exception {
        ZaloUser an = new ZaloUser(zalo);
        String body =
                zalo.event(an.id(), "user_send_text", JSON.createObjectNode().put("text", "Xin chào"));
        String messageId = JSON.readTree(body).path("message").path("msg_id").asText();

        assertThat(zalo.deliver(body)).isEqualTo(200);
        an.expect("Nghị định 13/2023");
        assertThat(zalo.deliver(body)).as("Zalo resends it").isEqualTo(200);

        assertThat(storedWith(messageId)).isEqualTo(1);
        long chat = chatOf(an);
        await().atMost(ZaloUser.WAIT)
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM zalo_event WHERE chat_id = ? AND processed_at IS NULL")
                                .param(chat)
                                .query(Long.class)
                                .single()
                        == 0);
        // Handled once: one data notice, not two.
        await().during(Duration.ofSeconds(1)).atMost(ZaloUser.WAIT).until(() -> noticesTo(an) == 1);
    }

    @Test
    void minus230MarksTheAddressOutOfTheWindowAndTheMessageIsNotRetried() {
        ZaloUser chi = greeted();
        long chat = chatOf(chi);

        zalo.outOfWindow(chi.id(), true);
        int refusedBefore = zalo.refusedSends();
        reply(chat, "Lịch tiếp dân đã thay đổi.");

        await().atMost(ZaloUser.WAIT).until(() -> addresses.isOutOfWindow(chat));
        assertThat(addresses.outOfWindow())
                .filteredOn(o -> o.chatKey() == chat)
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.messenger()).isEqualTo(Messenger.ZALO);
                    assertThat(o.residentId()).isNotNull();
                    assertThat(o.since()).isNotNull();
                });
        await().atMost(ZaloUser.WAIT).until(() -> statusesTo(chat).contains("DROPPED"));

        // A second message meanwhile is not even tried: the address is known to be out.
        reply(chat, "Nhắc lịch tiếp dân.");
        await().atMost(ZaloUser.WAIT)
                .until(() -> statusesTo(chat).stream().filter("DROPPED"::equals).count() == 2);
        await().during(Duration.ofSeconds(2))
                .atMost(ZaloUser.WAIT)
                .until(() -> zalo.refusedSends() - refusedBefore == 1);
        assertThat(statusesTo(chat)).doesNotContain("PENDING");
        assertThat(zalo.messagesTo(chi.id())).noneMatch(m -> m.contains("Lịch tiếp dân"));

        // They write again: the window is open, and the bot answers them on Zalo.
        zalo.outOfWindow(chi.id(), false);
        chi.send("Xin chào lại");
        await().atMost(ZaloUser.WAIT).until(() -> !addresses.isOutOfWindow(chat));
        chi.expect("Nghị định 13/2023");
    }

    @Test
    void theRefreshTokenIsUsedOnceAndTwoConcurrentRefreshesMakeOneCall() throws Exception {
        ZaloEndpoint zaloEndpoint = endpoint.getObject();
        String first = tokens.accessToken(zaloEndpoint);
        String refreshBefore = storedRefreshToken();
        int callsBefore = zalo.tokenCalls();
        int refusedBefore = zalo.refusedRefreshes();

        // Two instances find the token refused at the same moment.
        ZaloTokens otherInstance = new ZaloTokens(jdbc, clock, api, endpoint);
        zalo.expireAccessTokens();
        zalo.tokenDelay(Duration.ofMillis(500));
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Future<String> a = both.submit(() -> {
                go.await();
                return tokens.refresh(zaloEndpoint, first);
            });
            Future<String> b = both.submit(() -> {
                go.await();
                return otherInstance.refresh(zaloEndpoint, first);
            });
            go.countDown();
            String fromA = a.get(30, TimeUnit.SECONDS);
            String fromB = b.get(30, TimeUnit.SECONDS);
            assertThat(fromA).isEqualTo(fromB).isNotEqualTo(first);
        } finally {
            zalo.tokenDelay(Duration.ZERO);
            both.shutdownNow();
        }
        assertThat(zalo.tokenCalls() - callsBefore).as("calls to Zalo's OAuth").isEqualTo(1);
        String refreshAfter = storedRefreshToken();
        assertThat(refreshAfter).isNotEqualTo(refreshBefore);

        // The old refresh token is spent: Zalo refuses it (and the app never offered it again).
        assertThat(zalo.refusedRefreshes()).isEqualTo(refusedBefore);
        ZaloApi.Answer reused = api.refresh(zaloEndpoint, refreshBefore);
        assertThat(reused.ok()).isFalse();
        assertThat(reused.error()).isEqualTo(-14014);
        assertThat(zalo.refusedRefreshes()).isEqualTo(refusedBefore + 1);

        // A token that lapses while messages go out is refreshed once, and the message goes.
        zalo.expireAccessTokens();
        ZaloUser dung = greeted();
        assertThat(storedRefreshToken()).isNotIn(refreshBefore, refreshAfter);
        assertThat(zalo.refusedRefreshes()).as("no refresh token offered twice").isEqualTo(refusedBefore + 1);
    }

    @Test
    void aTokenZaloCallsExpiredIsRefreshedOnceAndTheMessageGoes() {
        ZaloUser nam = greeted();
        long chat = chatOf(nam);
        int tokenCallsBefore = zalo.tokenCalls();

        // -220 "access_token is expired or removed".
        zalo.refuseNext(nam.id(), -220);
        reply(chat, "Phường đã nhận ý kiến.");

        nam.expect("Phường đã nhận ý kiến.");
        assertThat(zalo.tokenCalls() - tokenCallsBefore).as("one refresh").isEqualTo(1);
        await().atMost(ZaloUser.WAIT).until(() -> lastRow(chat).equals("SENT 1"));
    }

    @Test
    void theOasRateLimitAndQuotaMakeAMessageWaitNotFail() {
        ZaloUser tam = greeted();
        long chat = chatOf(tam);

        // -32 the OA's calls per minute, then -211 its message quota: the channel waits and tries again.
        zalo.refuseNext(tam.id(), -32, -211);
        reply(chat, "Lịch cắt điện Khóm 3.");
        tam.expect("Lịch cắt điện Khóm 3.");
        // Sent, and no attempt counted as failed.
        await().atMost(ZaloUser.WAIT).until(() -> lastRow(chat).equals("SENT 1"));

        // -218 this person's quota: this message is tried again later.
        zalo.refuseNext(tam.id(), -218);
        reply(chat, "Lịch cắt nước Khóm 3.");
        tam.expect("Lịch cắt nước Khóm 3.");
        await().atMost(ZaloUser.WAIT).until(() -> lastRow(chat).equals("SENT 2"));
        assertThat(addresses.barrier(chat)).isEmpty();
    }

    @Test
    void minus213MarksTheAddressUnfollowedUntilTheyWriteAgain() {
        ZaloUser bay = greeted();
        long chat = chatOf(bay);

        // The unfollow event never came (the webhook was down): Zalo's -213 says it.
        zalo.refuseNext(bay.id(), -213);
        reply(chat, "Lịch tiếp dân đã đổi.");

        await().atMost(ZaloUser.WAIT)
                .until(() -> addresses.barrier(chat).equals(Optional.of(ChatAddresses.Barrier.UNFOLLOWED)));
        await().atMost(ZaloUser.WAIT).until(() -> lastRow(chat).startsWith("DROPPED"));

        bay.send("Tôi vẫn ở đây");
        bay.expect("Nghị định 13/2023");
        assertThat(addresses.barrier(chat)).isEmpty();
    }

    @Test
    void errorsThatRetryingCannotMendEndTheMessage() {
        ZaloUser muoi = greeted();
        long chat = chatOf(muoi);

        // -227 "user is banned or inactive for more than 45 days": this person is out of reach.
        zalo.refuseNext(muoi.id(), -227);
        reply(chat, "Thông báo họp khóm.");
        await().atMost(ZaloUser.WAIT).until(() -> lastRow(chat).startsWith("DROPPED"));

        // -216 again with the token just refreshed (the OA took the permission back): refused once,
        // not retried with more refreshes.
        int tokenCallsBefore = zalo.tokenCalls();
        zalo.refuseNext(muoi.id(), -216, -216);
        reply(chat, "Thông báo họp khóm lần hai.");
        await().atMost(ZaloUser.WAIT).until(() -> lastRow(chat).equals("FAILED 1"));
        assertThat(zalo.tokenCalls() - tokenCallsBefore).isEqualTo(1);
        assertThat(zalo.messagesTo(muoi.id())).noneMatch(m -> m.startsWith("Thông báo họp khóm"));
    }

    @Test
    void aTextLongerThanZalosLimitGoesInSeveralMessages() {
        ZaloUser sau = greeted();
        long chat = chatOf(sau);
        StringBuilder lines = new StringBuilder();
        for (int i = 1; lines.length() <= 2 * ZaloTransport.LIMIT; i++) {
            lines.append("Mục ")
                    .append(i)
                    .append(": lịch cắt điện khu vực Khóm 3 từ 7 giờ đến 11 giờ, bà con chủ động sắp xếp.\n");
        }
        String text = lines.toString().strip();
        int refusedBefore = zalo.refusedSends();

        reply(chat, text);

        await().atMost(ZaloUser.WAIT)
                .until(() -> zalo.messagesTo(sau.id()).stream()
                        .anyMatch(m -> m.endsWith("bà con chủ động sắp xếp.")
                                && m.contains("Mục " + (text.split("\n").length) + ":")));
        List<String> parts = zalo.messagesTo(sau.id()).stream()
                .filter(m -> m.startsWith("Mục "))
                .toList();
        assertThat(parts)
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(ZaloTransport.LIMIT));
        assertThat(String.join("\n", parts)).isEqualTo(text);
        assertThat(zalo.refusedSends()).as("no part refused as too long").isEqualTo(refusedBefore);
        await().atMost(ZaloUser.WAIT).until(() -> lastRow(chat).equals("SENT 1"));
    }

    private long storedWith(String messageId) {
        return jdbc.sql("SELECT COUNT(*) FROM zalo_event WHERE message_id = ?")
                .param(messageId)
                .query(Long.class)
                .single();
    }

    private long noticesTo(ZaloUser user) {
        return zalo.messagesTo(user.id()).stream()
                .filter(m -> m.contains("Nghị định 13/2023"))
                .count();
    }

    private String storedRefreshToken() {
        return jdbc.sql("SELECT refresh_token FROM zalo_token WHERE id = 1")
                .query(String.class)
                .single();
    }
}
