package vn.nghedan.residentweb;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nghedan.submission.Submissions;
import vn.nghedan.support.EndToEndTest;

/**
 * The resident page's tests: the shared end-to-end application, a plain HTTP client (no cookies,
 * no redirects followed), and the address limiter emptied before each test, since every test
 * files from 127.0.0.1.
 */
abstract class WebTestSupport extends EndToEndTest {

    static final String ADMIN =
            "Basic " + Base64.getEncoder().encodeToString("admin:e2e-admin-password".getBytes(StandardCharsets.UTF_8));
    private static final Pattern CHALLENGE = Pattern.compile("name=\"challenge\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    Submissions submissions;

    @Autowired
    AddressLimiter limiter;

    @Autowired
    WebSettings settings;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(30))
            .build();

    @BeforeEach
    void freshLimits() {
        limiter.clear();
    }

    record Reply(int status, HttpResponse<String> response, JsonMapper mapper) {

        String body() {
            return response.body();
        }

        JsonNode json() {
            return mapper.readTree(response.body());
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    Reply postJson(String path, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    /** A form post as a browser without JavaScript sends it. */
    Reply postForm(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    /** The page's own form (multipart, as its {@code enctype} says), one optional file part. */
    Reply postMultipart(String path, Map<String, String> fields, byte[] photo) {
        String boundary = "----nghedan" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                                + "\"\r\n\r\n" + field.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            if (photo != null) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\";"
                                + " filename=\"photo.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(photo);
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Files through the public API; returns its JSON answer. */
    JsonNode file(String khom, String text, String contact) {
        Map<String, Object> fields = new java.util.HashMap<>();
        fields.put("neighbourhood", khom);
        fields.put("kind", "COMPLAINT");
        fields.put("topic", 5);
        fields.put("text", text);
        fields.put("anonymous", false);
        fields.put("name", "Nguyễn Văn Ba");
        fields.put("contact", contact);
        String body = json.writeValueAsString(fields);
        Reply reply = postJson("/api/public/submissions", body, null);
        if (reply.status() != 201) {
            throw new AssertionError("filing answered " + reply.status() + ": " + reply.body());
        }
        return reply.json();
    }

    /** An official answers through the officials' API (Basic auth), as the console would. */
    void officialAnswers(long number, String answer) {
        Reply reply = postJson(
                "/api/submissions/" + number + "/status",
                json.writeValueAsString(Map.of("status", "ANSWERED", "answer", answer, "answeredBy", "Chủ tịch UBND")),
                ADMIN);
        if (reply.status() != 200) {
            throw new AssertionError("answering answered " + reply.status() + ": " + reply.body());
        }
    }

    static String challengeIn(String html) {
        Matcher m = CHALLENGE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no challenge in the page");
        }
        return m.group(1).replace("&#39;", "'");
    }

    /** Waits out the form's minimum fill time, as a person typing would. */
    void waitAsAPersonTypes() {
        try {
            Thread.sleep(settings.minimumFillTime().toMillis() + 500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Words that no other test's submission shares, so similar-matter lookups stay apart. */
    static String unique(String prefix) {
        StringBuilder word = new StringBuilder();
        for (char c :
                UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            word.append((char) ('g' + Character.digit(c, 16)));
        }
        return prefix + " mã " + word;
    }
}
