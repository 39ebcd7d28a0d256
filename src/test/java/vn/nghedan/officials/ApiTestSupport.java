package vn.nghedan.officials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nghedan.officials.accounts.Accounts;
import vn.nghedan.officials.accounts.NewAccount;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Kind;
import vn.nghedan.submission.NewSubmission;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.Submissions;
import vn.nghedan.support.OnPostgres;
import vn.nghedan.support.SqliteTestDatabase;

/**
 * One running application for every API test class (same configuration, so Spring caches the
 * context): a real SQLite file in a temp folder ({@link OnPostgres}: a PostgreSQL database), a
 * real HTTP client against the random port.
 * Tests create their own data and never count what others made.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "nghedan.admin.username=admin",
            "nghedan.admin.password=" + ApiTestSupport.ADMIN_PASSWORD,
            "nghedan.admin.telegram-ids=5001, not-a-number,,5002",
            "nghedan.ward.name=Phường 4",
            "nghedan.ward.neighbourhoods[0].code=K1",
            "nghedan.ward.neighbourhoods[0].name=Khóm 1",
            "nghedan.ward.neighbourhoods[1].code=K2",
            "nghedan.ward.neighbourhoods[1].name=Khóm 2",
            "nghedan.ward.neighbourhoods[2].code=K3",
            "nghedan.ward.neighbourhoods[2].name=Khóm 3"
        })
@Import(TestClock.class)
@ContextConfiguration(initializers = SqliteTestDatabase.class)
public abstract class ApiTestSupport {

    public static final String ADMIN_PASSWORD = "mật-khẩu-quản-trị";
    public static final Login ADMIN = new Login("admin", ADMIN_PASSWORD);

    @LocalServerPort
    public int port;

    @Autowired
    public JsonMapper json;

    @Autowired
    public Submissions submissions;

    @Autowired
    public Accounts accounts;

    @Autowired
    public JdbcClient jdbc;

    @Autowired
    public TestClock clock;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    public void backToNow() {
        clock.reset();
    }

    // --- HTTP ------------------------------------------------------------------------------

    public record Login(String username, String password) {

        public String header() {
            return "Basic "
                    + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    public record Reply(int status, HttpHeaders headers, String body, JsonMapper mapper) {

        public JsonNode json() {
            return mapper.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Reply get(String path, Login who) {
        return send("GET", path, who, null, null);
    }

    public Reply post(String path, Login who, String jsonBody) {
        return send("POST", path, who, "application/json", jsonBody);
    }

    public Reply put(String path, Login who, String jsonBody) {
        return send("PUT", path, who, "application/json", jsonBody);
    }

    /** {@code headers} are name, value pairs. */
    public Reply send(String method, String path, Login who, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (who != null) {
            request.header("Authorization", who.header());
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- data ------------------------------------------------------------------------------

    /** An account of the given role (a fresh name each call), signed in with a known password. */
    public Login official(Role role, String... neighbourhoods) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + System.nanoTime();
        accounts.open(
                new NewAccount(
                        username,
                        "mật khẩu " + username,
                        "Cán bộ " + username,
                        role,
                        Set.of(neighbourhoods),
                        null,
                        null),
                TestOfficials.operator("test"));
        return new Login(username, "mật khẩu " + username);
    }

    public Submission file(String neighbourhood, String text, boolean anonymous) {
        return file(neighbourhood, text, anonymous, "Nguyễn Thị Lan");
    }

    /** A submission entered at the office by this author (give a unique name to look for it in answers). */
    public Submission file(String neighbourhood, String text, boolean anonymous, String author) {
        return submissions.file(new NewSubmission(
                null,
                neighbourhood,
                Kind.QUESTION,
                1,
                text,
                anonymous,
                Channel.WRITTEN,
                author,
                "0909 000 111",
                null,
                null,
                List.of(),
                null,
                "test"));
    }

    /** A session body for the API, starting {@code daysAhead} days from the test clock's now. */
    public String sessionJson(String title, int daysAhead, String neighbourhoods) {
        Instant start = clock.instant().plus(Duration.ofDays(daysAhead));
        return """
                {"title": "%s", "startsAt": "%s", "venue": "Nhà văn hóa khóm 1",
                 "neighbourhoods": [%s]}""".formatted(title, start.atOffset(ZoneOffset.ofHours(7)), neighbourhoods);
    }

    public long planSession(String title, int daysAhead, String neighbourhoods) {
        Reply created = post("/api/sessions", ADMIN, sessionJson(title, daysAhead, neighbourhoods));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not plan a session: " + created.body());
        }
        return created.json().get("id").asLong();
    }

    public List<String> auditActions(String target) {
        return jdbc.sql("SELECT action FROM audit_log WHERE target = ? ORDER BY id")
                .param(target)
                .query(String.class)
                .list();
    }
}
