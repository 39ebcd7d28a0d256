package vn.nghedan.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The Zalo calls the app makes, as Zalo documents them: the OA's consultation message ({@code
 * POST {api}/v3.0/oa/message/cs}, header {@code access_token}), a follower's profile ({@code GET
 * {api}/v3.0/oa/user/detail?data={"user_id":"…"}}, header {@code access_token}; answer {@code
 * {"error":0,"data":{"user_id","display_name","user_is_follower","avatar",…}}}) and a new token
 * pair ({@code POST {oauth}/v4/oa/access_token}, header {@code secret_key}, form app_id,
 * grant_type, refresh_token). Tokens and secrets go in headers and bodies only, never in a URL or a log.
 */
@Component
class ZaloApi {

    /** How long a profile lookup may hold up a new person's first answer. */
    static final Duration PROFILE_TIMEOUT = Duration.ofSeconds(5);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** Zalo's answer: {@code error} 0 when it went, else its code and message. */
    record Answer(int status, int error, String message, JsonNode body) {

        boolean ok() {
            return status / 100 == 2 && error == 0;
        }
    }

    Answer sendText(ZaloEndpoint zalo, String accessToken, String userId, String text) throws IOException {
        Map<String, Object> body = Map.of("recipient", Map.of("user_id", userId), "message", Map.of("text", text));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(ZaloEndpoint.base(zalo.apiUrl()) + "/v3.0/oa/message/cs"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("access_token", accessToken)
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                .build();
        return call(request);
    }

    /** The person's profile; a short timeout, as the conversation waits for it once. */
    Answer userDetail(ZaloEndpoint zalo, String accessToken, String userId) throws IOException {
        String data = json.writeValueAsString(Map.of("user_id", userId));
        HttpRequest request = HttpRequest.newBuilder(URI.create(ZaloEndpoint.base(zalo.apiUrl())
                        + "/v3.0/oa/user/detail?data=" + URLEncoder.encode(data, StandardCharsets.UTF_8)))
                .timeout(PROFILE_TIMEOUT)
                .header("access_token", accessToken)
                .GET()
                .build();
        return call(request);
    }

    Answer refresh(ZaloEndpoint zalo, String refreshToken) throws IOException {
        String form = Map.of("app_id", zalo.appId(), "grant_type", "refresh_token", "refresh_token", refreshToken)
                .entrySet()
                .stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(ZaloEndpoint.base(zalo.oauthUrl()) + "/v4/oa/access_token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("secret_key", zalo.appSecret())
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return call(request);
    }

    private Answer call(HttpRequest request) throws IOException {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            return new Answer(response.statusCode(), response.statusCode() / 100 == 2 ? -1 : 0, "not JSON", null);
        }
        String message = body.has("message")
                ? body.path("message").asText()
                : body.path("error_name").asText("");
        return new Answer(response.statusCode(), body.path("error").asInt(0), message, body);
    }
}
