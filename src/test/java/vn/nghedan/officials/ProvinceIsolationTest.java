package vn.nghedan.officials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import vn.nghedan.officials.accounts.NewAccount;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.submission.Submission;

/**
 * Two wards, one deployment: an official of Phường An Hòa (AH) can neither read nor change
 * anything of Phường 4 (P4) through any path. Every mapping the application registers is called
 * by AH's ward admin, viewer and khóm head with P4's submission, session and account in its path
 * (and plausible bodies that would change them): no answer carries anything of P4 (texts, author,
 * session title, account — DOCX and PDF read as text), and afterwards P4's rows are exactly as
 * they were. The province admin sees both wards.
 */
@TestPropertySource(locations = "classpath:province.properties", encoding = "UTF-8")
class ProvinceIsolationTest extends ConsoleTestSupport {

    /** Paths that are no official's business: the residents' and the messengers' doors, the sandbox. */
    private static final List<String> OUTSIDE =
            List.of("/sandbox", "/y-kien", "/api/public", "/zalo", "/telegram", "/login", "/logout", "/error");

    /** An official's own password: changing it is theirs to do, and would end the sweep's sessions. */
    private static final Set<String> OWN = Set.of("/api/accounts/me/password", "/console/password");

    private static final String FORM_BODY_JSON = """
            {"status": "REJECTED", "reason": "x", "text": "trả lời", "answer": "trả lời", "role": "VIEWER",
             "new": "mot-mat-khau-du-dai", "neighbourhoods": ["K1"], "ward": "P4", "title": "t",
             "startsAt": "2030-06-01T08:00:00+07:00", "venue": "v", "into": 1, "body": "Sở Xây dựng"}""";

    private static final Map<String, String> FORM_FIELDS = Map.ofEntries(
            Map.entry("status", "REJECTED"),
            Map.entry("reason", "x"),
            Map.entry("text", "trả lời"),
            Map.entry("answer", "trả lời"),
            Map.entry("summary", "x"),
            Map.entry("locked", "true"),
            Map.entry("role", "VIEWER"),
            Map.entry("password", "mot-mat-khau-du-dai"),
            Map.entry("neighbourhoods", "K1"),
            Map.entry("title", "t"),
            Map.entry("venue", "v"),
            Map.entry("topic", "2"),
            Map.entry("direction", "up"),
            Map.entry("allowPhotos", "true"));

    @Autowired
    ApplicationContext context;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private String p4Text;
    private String p4Author;
    private String p4Title;
    private String ahText;
    private Submission p4;
    private long p4Session;
    private Login p4Admin;
    private Login ahAdmin;
    private Login ahViewer;
    private Login ahHead;

    private Login officialOf(String ward, Role role, String... khom) {
        String username =
                ward.toLowerCase() + "-" + role.name().toLowerCase().replace('_', '-') + "-" + System.nanoTime();
        accounts.open(
                new NewAccount(username, "mật khẩu " + username, "Cán bộ " + username, role, Set.of(khom), null, ward),
                TestOfficials.operator("test"));
        return new Login(username, "mật khẩu " + username);
    }

    @BeforeEach
    void twoWards() {
        String run = String.valueOf(System.nanoTime());
        p4Text = "P4TEXT" + run;
        p4Author = "P4AUTHOR" + run;
        p4Title = "P4TITLE" + run;
        ahText = "AHTEXT" + run;
        p4Admin = officialOf("P4", Role.WARD_ADMIN);
        ahAdmin = officialOf("AH", Role.WARD_ADMIN);
        ahViewer = officialOf("AH", Role.VIEWER);
        ahHead = officialOf("AH", Role.NEIGHBOURHOOD_HEAD, "K1");
        // P4's first khóm is keyed K1 (the first ward's keys are its codes); AH's K1 is AH.K1.
        p4 = file("K1", "Đường ngập " + p4Text, false, p4Author);
        file("AH.K1", "Cống nghẹt " + ahText, false, "Người dân AH");
        Reply planned = post("/api/sessions", p4Admin, """
                {"title": "%s", "startsAt": "%s", "venue": "Nhà văn hóa", "neighbourhoods": ["K1", "K2"], "ward": "P4"}""".formatted(
                        p4Title, clock.instant().plus(Duration.ofDays(8)).atOffset(java.time.ZoneOffset.ofHours(7))));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        assertThat(planned.json().get("ward").asString()).isEqualTo("P4");
        p4Session = planned.json().get("id").asLong();
        assertThat(post(
                                "/api/submissions/" + p4.number() + "/status",
                                p4Admin,
                                "{\"status\": \"ACCEPTED\", \"sessionId\": " + p4Session + "}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theApiSaysWhichWardAndKhomAndFiltersByWard() {
        Reply mine = get("/api/submissions?ward=AH", ADMIN);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains(ahText).doesNotContain(p4Text);
        Reply one = get("/api/submissions/" + p4.number(), ADMIN);
        assertThat(one.json().get("ward").asString()).isEqualTo("P4");
        assertThat(one.json().get("neighbourhood").asString()).isEqualTo("K1");

        Reply wards = get("/api/wards", ADMIN);
        assertThat(wards.body()).contains("\"P4\"", "\"AH\"", "Phường An Hòa");
        assertThat(get("/api/wards", ahAdmin).body()).contains("\"AH\"").doesNotContain("\"P4\"");
        assertThat(get("/api/neighbourhoods?ward=AH", ahAdmin)
                        .json()
                        .get(1)
                        .get("name")
                        .asString())
                .isEqualTo("Khóm Hòa Khánh");
        assertThat(get("/api/neighbourhoods?ward=P4", ahAdmin).status()).isEqualTo(400);
        assertThat(get("/api/sessions?ward=P4", ADMIN).body()).contains(p4Title);
        assertThat(get("/api/sessions?ward=AH", ADMIN).body()).doesNotContain(p4Title);

        // A ward is required where there are several; another ward's khóm are not the admin's to plan for.
        String noWard = """
                {"title": "x", "startsAt": "2030-06-01T08:00:00+07:00", "venue": "v", "neighbourhoods": ["K1"]}""";
        assertThat(post("/api/sessions", ADMIN, noWard).json().get("field").asString())
                .isEqualTo("ward");
        assertThat(post("/api/sessions", ahAdmin, noWard.replace("}", ", \"ward\": \"P4\"}"))
                        .status())
                .isEqualTo(400);
        // A ward admin plans for their own ward without saying so: AH's K1, not P4's.
        Reply own = post("/api/sessions", ahAdmin, noWard);
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(own.json().get("ward").asString()).isEqualTo("AH");
        assertThat(own.json().get("neighbourhoods").get(0).asString()).isEqualTo("K1");

        // The residents' page of a province needs the ward too; with it, the khóm is the ward's.
        String filing = """
                {"neighbourhood": "K2", "kind": "QUESTION", "topic": 1, "text": "Khi nào sửa đèn đường?",
                 "anonymous": true%s}""";
        Reply withoutWard = send("POST", "/api/public/submissions", null, "application/json", filing.formatted(""));
        assertThat(withoutWard.status()).isEqualTo(400);
        assertThat(withoutWard.json().get("field").asString()).isEqualTo("ward");
        Reply filed = send(
                "POST", "/api/public/submissions", null, "application/json", filing.formatted(", \"ward\": \"AH\""));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(submissions.get(filed.json().get("number").asLong()).getNeighbourhoodCode())
                .isEqualTo("AH.K2");

        // Accounts: a ward admin opens accounts of their ward only, and no province admin.
        String account = """
                {"username": "moi-%s", "password": "mot-mat-khau-du-dai", "role": "VIEWER", "neighbourhoods": [], "ward": "%s"}""";
        assertThat(post("/api/accounts", ahAdmin, account.formatted(System.nanoTime(), "P4"))
                        .status())
                .isEqualTo(400);
        Reply opened = post("/api/accounts", ahAdmin, account.formatted(System.nanoTime(), "AH"));
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.json().get("ward").asString()).isEqualTo("AH");
        assertThat(post(
                                "/api/accounts",
                                ahAdmin,
                                account.formatted(System.nanoTime(), "AH").replace("VIEWER", "PROVINCE_ADMIN"))
                        .status())
                .isEqualTo(403);
        assertThat(get("/api/accounts", ahAdmin).body()).doesNotContain(p4Admin.username());
        assertThat(get("/api/accounts", ADMIN).body()).contains(p4Admin.username(), ahAdmin.username());
    }

    @Test
    void anOfficialOfAnotherWardReachesNothingOfP4ThroughAnyPath() {
        // P4's session has started, so that holding it or publishing its results would go through.
        clock.advance(Duration.ofDays(9));
        List<String> before = p4Rows();
        Session adminConsole = signIn(ahAdmin);
        Session viewerConsole = signIn(ahViewer);
        Session headConsole = signIn(ahHead);
        List<String> leaks = new ArrayList<>();
        int calls = 0;
        for (String mapping : registeredMappings()) {
            String method = mapping.substring(0, mapping.indexOf(' '));
            String pattern = mapping.substring(mapping.indexOf(' ') + 1);
            if (OUTSIDE.stream().anyMatch(pattern::startsWith) || OWN.contains(pattern) || pattern.contains("**")) {
                continue;
            }
            String path = fill(pattern);
            boolean api = path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/");
            for (Object who : List.of(ahAdmin, ahViewer, ahHead)) {
                Login login = (Login) who;
                Session console = login == ahAdmin ? adminConsole : login == ahViewer ? viewerConsole : headConsole;
                String answer = api ? callApi(method, path, login) : callConsole(method, path, console);
                calls++;
                for (String marker : List.of(p4Text, p4Author, p4Title, p4Admin.username())) {
                    if (answer.contains(marker)) {
                        leaks.add(method + " " + path + " as " + login.username() + " shows " + marker);
                    }
                }
            }
        }
        assertThat(leaks).as("answers carrying P4's data to AH's officials").isEmpty();
        assertThat(p4Rows())
                .as("P4's submissions, sessions and accounts after %d calls", calls)
                .isEqualTo(before);
        assertThat(calls).isGreaterThan(150);

        // The province admin sees both wards where a ward admin sees theirs.
        assertThat(callApi("GET", "/api/submissions/" + p4.number(), ADMIN)).contains(p4Text);
        assertThat(callConsole("GET", "/console/submissions", signIn(ADMIN))).contains(p4Text, ahText);
        assertThat(callConsole("GET", "/console/submissions", adminConsole)).contains(ahText);
    }

    /** Everything of P4 a leak of a change would touch, as text. */
    private List<String> p4Rows() {
        List<String> rows = new ArrayList<>();
        rows.addAll(jdbc.sql("SELECT * FROM submission WHERE neighbourhood_code IN ('K1', 'K2', 'K3') ORDER BY id")
                .query((rs, i) -> row(rs))
                .list());
        rows.addAll(jdbc.sql("SELECT * FROM dialogue_session WHERE ward_id = (SELECT id FROM ward WHERE code = 'P4')"
                        + " ORDER BY id")
                .query((rs, i) -> row(rs))
                .list());
        rows.addAll(
                jdbc.sql("SELECT * FROM account WHERE ward_id = (SELECT id FROM ward WHERE code = 'P4') ORDER BY id")
                        .query((rs, i) -> row(rs))
                        .list());
        rows.addAll(jdbc.sql("SELECT * FROM agenda_override ORDER BY 1, 2")
                .query((rs, i) -> row(rs))
                .list());
        return rows;
    }

    private static String row(java.sql.ResultSet rs) throws java.sql.SQLException {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
            row.append(rs.getMetaData().getColumnName(c))
                    .append('=')
                    .append(rs.getString(c))
                    .append(' ');
        }
        return row.toString();
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

    /** The pattern with P4's submission, session, account and khóm in it. */
    private String fill(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "number" -> String.valueOf(p4.number());
                case "id" -> String.valueOf(p4Session);
                case "username" -> p4Admin.username();
                case "code" -> "K1";
                case "format" -> "csv";
                case "primary" -> String.valueOf(p4.number());
                default -> "0";
            };
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path.toString();
    }

    /** The application's mappings; one that takes every method is called with GET. */
    private Set<String> registeredMappings() {
        Set<String> keys = new TreeSet<>();
        for (String mapping : AuthorisationMatrixTest.registeredMappings(context)) {
            keys.add(mapping.startsWith("ANY ") ? "GET " + mapping.substring(4) : mapping);
        }
        return keys;
    }

    private String callConsole(String method, String path, Session session) {
        if (method.equals("GET")) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Cookie", session.cookieHeader());
            return exchange(request);
        }
        Reply reply = session.postForm(path, new LinkedHashMap<>(FORM_FIELDS));
        return reply.body() + " " + reply.header("Location");
    }

    private String callApi(String method, String path, Login login) {
        boolean write = !method.equals("GET");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        write
                                ? HttpRequest.BodyPublishers.ofString(FORM_BODY_JSON, StandardCharsets.UTF_8)
                                : HttpRequest.BodyPublishers.noBody())
                .header("Authorization", login.header());
        if (write) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request);
    }

    private String exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            return AuthorisationMatrixTest.asText(type, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
