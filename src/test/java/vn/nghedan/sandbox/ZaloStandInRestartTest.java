package vn.nghedan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox keeps its database across restarts, and with it the Zalo token pair the last run
 * was given; the Zalo stand-in starts afresh with the app. After a restart every refresh was
 * refused (-14015) and the sandbox's Zalo chat never answered again. A fresh stand-in now takes
 * the last pair's refresh token as Zalo would, and still refuses one that was used.
 */
class ZaloStandInRestartTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theRefreshTokenOfTheLastRunStillWorksAfterTheSandboxRestarts() throws Exception {
        String kept;
        try (ZaloStandIn before = ZaloStandIn.start(0, false)) {
            JsonNode first = refresh(before, ZaloStandIn.FIRST_REFRESH_TOKEN);
            kept = first.get("refresh_token").asString();
            assertThat(kept).isNotEqualTo(ZaloStandIn.FIRST_REFRESH_TOKEN);
        }

        try (ZaloStandIn after = ZaloStandIn.start(0, false)) {
            JsonNode renewed = refresh(after, kept);
            assertThat(renewed.has("error")).as(renewed.toString()).isFalse();
            assertThat(renewed.get("access_token").asString()).isNotBlank();
            assertThat(renewed.get("refresh_token").asString()).isNotIn(kept, ZaloStandIn.FIRST_REFRESH_TOKEN);

            // Still Zalo's rules: a refresh token works once, a made-up one never.
            assertThat(refresh(after, kept).get("error").asInt()).isEqualTo(-14014);
            assertThat(refresh(after, "not-a-zalo-token").get("error").asInt()).isEqualTo(-14015);
            assertThat(after.refusedRefreshes()).isEqualTo(2);
        }
    }

    @Test
    void aFreshStandInStillRefusesAMadeUpToken() throws Exception {
        try (ZaloStandIn zalo = ZaloStandIn.start(0, false)) {
            assertThat(refresh(zalo, "sandbox-refresh-x").get("error").asInt()).isEqualTo(-14015);
            assertThat(refresh(zalo, ZaloStandIn.FIRST_REFRESH_TOKEN).has("access_token"))
                    .isTrue();
        }
    }

    private static JsonNode refresh(ZaloStandIn zalo, String refreshToken) throws Exception {
        String form = "app_id=" + ZaloStandIn.APP_ID + "&grant_type=refresh_token&refresh_token=" + refreshToken;
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(zalo.baseUrl() + "/v4/oa/access_token"))
                        .header("secret_key", ZaloStandIn.APP_SECRET)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
