package vn.nghedan.officials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.officials.console.ConsoleAgendaEditor;
import vn.nghedan.officials.console.ConsoleDeniedPage;
import vn.nghedan.officials.console.ConsoleModerationForm;

/**
 * Who gets what over HTTP, for every mapping the application registers: the mappings are read
 * from Spring's handler mappings at run time, so a new endpoint without a line in the table below
 * fails {@link #everyRegisteredMappingHasALine} with its name, and a line whose mapping is gone
 * fails too. Each line probes its mapping with real requests as anonymous, a viewer, the head of
 * K1, the head of K3 and a ward admin, and names the status each must get.
 *
 * <p>Beyond the status, every answer (HTML, JSON, CSV, Markdown, DOCX and PDF as text) is scanned
 * for the fixture's markers: each khóm has a submission whose text carries a marker and whose
 * named author carries another, and each session's title a third. Whatever the status, a head
 * never receives another khóm's markers (reads of K1 data by the K3 head are refused or
 * filtered), a viewer never receives an author's name, and a stranger receives nothing. Lines
 * marked with what they {@code reveal} also check the other side: that those who may see a marker
 * do get it in that answer — so "filtered" means the same request shows K1 to its head and not
 * to the head of K3.
 *
 * <p>Steps that would change something are sent with what fails validation or the state check,
 * so the order of the lines does not matter; 302 for a stranger on the console means "to the
 * sign-in page".
 */
class AuthorisationMatrixTest extends ConsoleTestSupport {

    static final int OK = 200;
    static final int DONE = 302;
    static final int LOGIN = 302;
    static final int BAD = 400;
    static final int UNAUTHORISED = 401;
    static final int FORBIDDEN = 403;
    static final int NOT_FOUND = 404;
    static final int CONFLICT = 409;

    private static final String TOO_LONG = "x".repeat(ConsoleAgendaEditor.MAX_SUMMARY + 1);
    private static final long NO_SUCH_CHAT = 987_654_321L;
    /** A multipart form without the file part (a JSON body to an upload gets a 500 from the sandbox today). */
    private static final String EMPTY_MULTIPART =
            "--x\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nx\r\n--x--\r\n";

    enum Who {
        ANONYMOUS,
        VIEWER,
        HEAD_K1,
        HEAD_K3,
        ADMIN
    }

    /** One request of a line: method, path, body (a JSON string for the API, name/value pairs for forms). */
    record Probe(String method, String path, String... body) {}

    /**
     * One line: the mapping it covers (as {@code METHOD pattern}), the requests that probe it, the
     * status for each caller, and the markers a caller who may see them must find in the answer.
     */
    record Line(String mapping, List<Probe> probes, Map<Who, Integer> expected, Set<String> reveals) {

        /** The markers that those allowed to see them must find in each probe's answer. */
        Line revealing(String... markers) {
            return revealing(Set.of(markers));
        }

        Line revealing(Set<String> markers) {
            return new Line(mapping, probes, expected, Set.copyOf(markers));
        }
    }

    @Autowired
    ApplicationContext context;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The fixture: what each khóm, author and session is recognised by in an answer. */
    private Fixture fixture;

    private record Fixture(
            long k1, long k2, long k3, long s12, long s3, long s1, long toCancel, Map<String, Set<Who>> markers) {}

    // --- the table ------------------------------------------------------------------------------

    /**
     * The table. To add an endpoint: one line naming its mapping exactly as Spring registers it
     * ({@code METHOD pattern}; {@code ANY} when it takes every method), a request or two, and the
     * five statuses in the order anonymous, viewer, head of K1, head of K3, ward admin.
     */
    private List<Line> table(Fixture f) {
        String m1 = "/console/submissions/" + f.k1();
        String m2 = "/console/submissions/" + f.k2();
        String c12 = "/console/sessions/" + f.s12();
        String c3 = "/console/sessions/" + f.s3();
        String a12 = "/api/sessions/" + f.s12();
        String a3 = "/api/sessions/" + f.s3();
        Set<String> k12 = Set.of(text("K1"), author("K1"), text("K2"), author("K2"));
        List<Line> lines = new ArrayList<>();

        // --- console pages ----------------------------------------------------------------------------
        lines.add(line("GET /", get("/"), LOGIN, OK, OK, OK, OK));
        lines.add(line("GET /console/submissions", get("/console/submissions"), LOGIN, OK, OK, OK, OK)
                .revealing(text("K1"), text("K2"), text("K3")));
        lines.add(line("GET /console/submissions.csv", get("/console/submissions.csv"), LOGIN, OK, OK, OK, OK)
                .revealing(text("K1"), author("K1"), text("K3"), author("K3")));
        lines.add(line("GET /console/submissions/{number}", get(m1), LOGIN, OK, OK, NOT_FOUND, OK)
                .revealing(text("K1"), author("K1")));
        lines.add(line("GET /console/submissions/{number} (K2's)", get(m2), LOGIN, OK, NOT_FOUND, NOT_FOUND, OK)
                .revealing(text("K2"), author("K2")));
        lines.add(line(
                "GET /console/submissions/{number}/attachments/{index}",
                get(m1 + "/attachments/0"),
                LOGIN,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND));
        lines.add(line("GET /console/submissions/new", get("/console/submissions/new"), LOGIN, FORBIDDEN, OK, OK, OK));
        lines.add(line("GET /console/sessions", get("/console/sessions"), LOGIN, OK, OK, OK, OK)
                .revealing(title("S12"), title("S3")));
        lines.add(line(
                "GET /console/sessions/new", get("/console/sessions/new"), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        lines.add(line("GET /console/sessions/{id}", get(c12), LOGIN, OK, OK, NOT_FOUND, OK)
                .revealing(k12));
        lines.add(line(
                "GET /console/sessions/{id}/edit", get(c12 + "/edit"), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        lines.add(line(
                        "GET /console/sessions/{id}/{document:agenda|results}.{format}",
                        formats(c12, "agenda", "results"),
                        LOGIN,
                        OK,
                        OK,
                        NOT_FOUND,
                        OK)
                .revealing(k12));
        lines.add(line("GET /console/neighbourhoods", get("/console/neighbourhoods"), LOGIN, OK, OK, OK, OK));
        lines.add(line(
                "GET /console/neighbourhoods/{code}/poster.pdf",
                get("/console/neighbourhoods/K1/poster.pdf"),
                LOGIN,
                OK,
                OK,
                NOT_FOUND,
                OK));
        lines.add(line(
                "GET /console/notifications",
                get("/console/notifications"),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                OK));
        lines.add(line("GET /console/accounts", get("/console/accounts"), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        // the province's page: nobody of a one-ward deployment's ward roles (the province admin: ProvinceIsolationTest)
        lines.add(line(
                "GET /console/province", get("/console/province"), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        lines.add(line(
                "POST /console/province/wards",
                post("/console/province/wards", "code", "ZZ", "name", "Phường Mới"),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN));
        lines.add(line(
                "POST /console/province/wards/{code}",
                post("/console/province/wards/P4", "name", "Phường Khác"),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN));
        lines.add(line(
                "POST /console/province/wards/{code}/neighbourhoods",
                post("/console/province/wards/P4/neighbourhoods", "khom", "K9", "name", "Khóm 9"),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN));
        lines.add(line(
                "POST /console/province/wards/{code}/merge",
                post("/console/province/wards/P4/merge", "into", "P4"),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN));
        lines.add(line(
                "POST /console/province/neighbourhoods/move",
                post("/console/province/neighbourhoods/move", "khom", "K1", "to", "P4"),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN));
        lines.add(line("GET /login", get("/login"), OK, OK, OK, OK, OK));
        lines.add(line(
                "ANY " + ConsoleDeniedPage.PATH,
                get(ConsoleDeniedPage.PATH),
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN));

        // --- console forms ----------------------------------------------------------------------------
        String steps = "POST /console/submissions/{number}/{step:" + ConsoleModerationForm.Step.PATHS + "}";
        lines.add(line(
                steps + " (a stale version)",
                List.of(post(m1 + "/accept", "version", "-1"), post(m1 + "/reopen", "version", "-1")),
                LOGIN,
                FORBIDDEN,
                CONFLICT,
                NOT_FOUND,
                CONFLICT));
        lines.add(line(
                steps + " (a field missing)",
                List.of(
                        post(m1 + "/reject", "reason", ""),
                        post(m1 + "/merge"),
                        post(m1 + "/refer", "referredTo", " "),
                        post(m1 + "/answer", "answer", "")),
                LOGIN,
                FORBIDDEN,
                BAD,
                NOT_FOUND,
                BAD));
        lines.add(line(
                steps + " (other khóm)",
                post(m2 + "/reject", "reason", ""),
                LOGIN,
                FORBIDDEN,
                NOT_FOUND,
                NOT_FOUND,
                BAD));
        lines.add(line(
                "POST /console/submissions/new", post("/console/submissions/new"), LOGIN, FORBIDDEN, BAD, BAD, BAD));
        lines.add(
                line("POST /console/sessions", post("/console/sessions"), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD));
        lines.add(line(
                "POST /console/sessions/{id}/edit", post(c12 + "/edit"), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD));
        lines.add(line(
                "POST /console/sessions/{id}/cancel",
                post("/console/sessions/" + f.toCancel() + "/cancel"),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                DONE));
        lines.add(line(
                "POST /console/sessions/{id}/held",
                post(c12 + "/held"),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                CONFLICT));
        lines.add(line(
                "POST /console/sessions/{id}/results",
                post(c12 + "/results"),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                CONFLICT));
        lines.add(line(
                "POST /console/sessions/{id}/answers/{primary}",
                post(c12 + "/answers/" + f.k1()),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                CONFLICT));
        lines.add(line(
                "POST /console/sessions/{id}/agenda/lock",
                post(c3 + "/agenda/lock", "locked", "false"),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                DONE));
        lines.add(line(
                "POST /console/sessions/{id}/agenda/items/{primary}/summary",
                post(c12 + "/agenda/items/" + f.k1() + "/summary", "summary", TOO_LONG),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                BAD));
        lines.add(line(
                "POST /console/sessions/{id}/agenda/items/{primary}/topic",
                post(c12 + "/agenda/items/" + f.k1() + "/topic", "topic", "9"),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                BAD));
        lines.add(line(
                "POST /console/sessions/{id}/agenda/items/{primary}/move",
                post(c3 + "/agenda/items/" + f.k3() + "/move", "direction", "up"),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                DONE));
        lines.add(
                line("POST /console/accounts", post("/console/accounts"), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD));
        lines.add(line(
                "POST /console/accounts/{username}/disable",
                post("/console/accounts/nobody-here/disable"),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                NOT_FOUND));

        // --- API --------------------------------------------------------------------------------------
        lines.add(line("GET /api/neighbourhoods", get("/api/neighbourhoods"), UNAUTHORISED, OK, OK, OK, OK));
        lines.add(line("GET /api/wards", get("/api/wards"), UNAUTHORISED, OK, OK, OK, OK));
        lines.add(line("GET /api/submissions", get("/api/submissions?size=200"), UNAUTHORISED, OK, OK, OK, OK)
                .revealing(text("K1"), author("K1"), text("K2"), text("K3")));
        lines.add(line(
                        "GET /api/submissions/{number}",
                        get("/api/submissions/" + f.k1()),
                        UNAUTHORISED,
                        OK,
                        OK,
                        NOT_FOUND,
                        OK)
                .revealing(text("K1"), author("K1")));
        lines.add(line(
                        "GET /api/submissions/{number} (K2's)",
                        get("/api/submissions/" + f.k2()),
                        UNAUTHORISED,
                        OK,
                        NOT_FOUND,
                        NOT_FOUND,
                        OK)
                .revealing(text("K2"), author("K2")));
        lines.add(line(
                "POST /api/submissions/{number}/status",
                post("/api/submissions/" + f.k1() + "/status", "{\"status\":\"REJECTED\"}"),
                UNAUTHORISED,
                FORBIDDEN,
                BAD,
                NOT_FOUND,
                BAD));
        lines.add(line("GET /api/sessions", get("/api/sessions"), UNAUTHORISED, OK, OK, OK, OK)
                .revealing(title("S12"), title("S1"), title("S3")));
        lines.add(line("GET /api/sessions/{id}", get(a12), UNAUTHORISED, OK, OK, NOT_FOUND, OK)
                .revealing(title("S12")));
        lines.add(line("GET /api/sessions/{id} (K3's)", get(a3), UNAUTHORISED, OK, NOT_FOUND, OK, OK)
                .revealing(title("S3")));
        lines.add(line("GET /api/sessions/{id}/agenda", get(a12 + "/agenda"), UNAUTHORISED, OK, OK, NOT_FOUND, OK)
                .revealing(k12));
        lines.add(line(
                        "GET /api/sessions/{id}/agenda.{format}",
                        formats(a12, "agenda"),
                        UNAUTHORISED,
                        OK,
                        OK,
                        NOT_FOUND,
                        OK)
                .revealing(k12));
        lines.add(line("GET /api/sessions/{id}/results", get(a12 + "/results"), UNAUTHORISED, OK, OK, NOT_FOUND, OK)
                .revealing(k12));
        lines.add(line(
                        "GET /api/sessions/{id}/results.{format}",
                        formats(a12, "results"),
                        UNAUTHORISED,
                        OK,
                        OK,
                        NOT_FOUND,
                        OK)
                .revealing(k12));
        lines.add(line(
                "POST /api/sessions", post("/api/sessions", "{}"), UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD));
        lines.add(line("PUT /api/sessions/{id}", put(a12, "{}"), UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD));
        lines.add(line(
                "POST /api/sessions/{id}/cancel",
                post("/api/sessions/999999/cancel"),
                UNAUTHORISED,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                NOT_FOUND));
        lines.add(line(
                "POST /api/sessions/{id}/held",
                post(a12 + "/held"),
                UNAUTHORISED,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                CONFLICT));
        lines.add(line(
                "POST /api/sessions/{id}/results/publish",
                post(a12 + "/results/publish"),
                UNAUTHORISED,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                CONFLICT));

        // --- accounts and passwords (console and API) -----------------------------------------------
        lines.add(line("GET /console/password", get("/console/password"), LOGIN, OK, OK, OK, OK));
        lines.add(line(
                "POST /console/password",
                post("/console/password", "new", "một mật khẩu", "repeat", "khác"),
                LOGIN,
                BAD,
                BAD,
                BAD,
                BAD));
        lines.add(line(
                "POST /console/accounts/{username}/password",
                post("/console/accounts/nobody-here/password", "password", "mật khẩu đủ dài"),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                NOT_FOUND));
        lines.add(line(
                "POST /console/accounts/{username}/role",
                post("/console/accounts/nobody-here/role", "role", "VIEWER"),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                NOT_FOUND));
        lines.add(line("GET /v3/api-docs", get("/v3/api-docs"), UNAUTHORISED, OK, OK, OK, OK));
        lines.add(line("GET /v3/api-docs.yaml", get("/v3/api-docs.yaml"), UNAUTHORISED, OK, OK, OK, OK));
        lines.add(line(
                "POST /console/submissions/{number}/forget-author",
                post("/console/submissions/999999/forget-author"),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                NOT_FOUND));
        lines.add(line("GET /api/accounts", get("/api/accounts"), UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        lines.add(line(
                "GET /api/statistics/wards",
                get("/api/statistics/wards"),
                UNAUTHORISED,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                OK));
        lines.add(line(
                "GET /api/accounts/{username}",
                get("/api/accounts/admin"),
                UNAUTHORISED,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                OK));
        lines.add(line(
                "POST /api/accounts", post("/api/accounts", "{}"), UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD));
        lines.add(line(
                "POST /api/accounts/{username}/disable",
                post("/api/accounts/nobody-here/disable", "{}"),
                UNAUTHORISED,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                NOT_FOUND));
        lines.add(line(
                "POST /api/accounts/{username}/role",
                post("/api/accounts/nobody-here/role", "{\"role\": \"VIEWER\"}"),
                UNAUTHORISED,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                NOT_FOUND));
        lines.add(line(
                "POST /api/accounts/{username}/password",
                post("/api/accounts/nobody-here/password", "{\"new\": \"mật khẩu đủ dài\"}"),
                UNAUTHORISED,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                NOT_FOUND));
        lines.add(line(
                "POST /api/accounts/me/password",
                post("/api/accounts/me/password", "{\"current\": \"không đúng\", \"new\": \"mật khẩu đủ dài\"}"),
                UNAUTHORISED,
                BAD,
                BAD,
                BAD,
                BAD));

        // --- actuator ---------------------------------------------------------------------------------
        lines.add(line("GET /actuator", get("/actuator"), UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        lines.add(line("GET /actuator/health", get("/actuator/health"), OK, OK, OK, OK, OK));
        lines.add(line(
                "GET /actuator/health/**",
                get("/actuator/health/db"),
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND));
        lines.add(line("GET /actuator/info", get("/actuator/info"), UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        lines.add(line(
                "GET /actuator/prometheus",
                get("/actuator/prometheus"),
                UNAUTHORISED,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                OK));

        // --- Spring's error page reached directly: nothing to show, the 404 of any unknown path
        // (DirectErrorPathFilter) --
        lines.add(line("ANY /error", get("/error"), NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));

        // --- the resident web page and its public JSON (residentweb): no credentials, the same for all ----
        lines.add(line("GET /y-kien", get("/y-kien?khom=K1"), OK, OK, OK, OK, OK));
        // without the page's signed render time a post is refused, whoever sends it
        lines.add(line("POST /y-kien", post("/y-kien", "khom", "K1", "text", "x"), BAD, BAD, BAD, BAD, BAD));
        lines.add(line("POST /y-kien/ung-ho", post("/y-kien/ung-ho", "number", "1"), BAD, BAD, BAD, BAD, BAD));
        for (String follow : List.of("/y-kien/theo-doi/{token}", "/api/public/follow/{token}")) {
            String unknown = follow.replace("{token}", "no-such-token-issued-ever");
            lines.add(line("GET " + follow, get(unknown), NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
        }
        // the author's erasure: the token is the credential; an official's login opens nothing more
        lines.add(line(
                "POST /y-kien/theo-doi/{token}/xoa-thong-tin",
                post("/y-kien/theo-doi/no-such-token-issued-ever/xoa-thong-tin", "x", "y"),
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND));
        lines.add(line(
                "POST /api/public/follow/{token}/forget",
                post("/api/public/follow/no-such-token-issued-ever/forget", "{}"),
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND));
        lines.add(line(
                "GET /api/public/similar", get("/api/public/similar?neighbourhood=K1&text=x"), OK, OK, OK, OK, OK));
        lines.add(line("POST /api/public/submissions", post("/api/public/submissions", "{}"), BAD, BAD, BAD, BAD, BAD));
        lines.add(line(
                "POST /api/public/submissions/{number}/support",
                post("/api/public/submissions/" + NO_SUCH_CHAT + "/support", "{}"),
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND));

        // --- Zalo's webhook: no login; only a body signed with the OA's secret key is taken -------------
        lines.add(line(
                "POST /zalo/webhook",
                post("/zalo/webhook", "{\"app_id\":\"x\",\"timestamp\":\"1\"}"),
                UNAUTHORISED,
                UNAUTHORISED,
                UNAUTHORISED,
                UNAUTHORISED,
                UNAUTHORISED));

        // --- the sandbox (no token): not an officials' path; the same for everyone who reaches it --------
        lines.add(line(
                "GET /sandbox/api/zalo/{userId}/messages",
                get("/sandbox/api/zalo/nobody/messages"),
                OK,
                OK,
                OK,
                OK,
                OK));
        for (String input : List.of("text", "location")) {
            lines.add(line(
                    "POST /sandbox/api/zalo/{userId}/" + input,
                    post("/sandbox/api/zalo/nobody/" + input, "{}"),
                    BAD,
                    BAD,
                    BAD,
                    BAD,
                    BAD));
        }
        lines.add(line(
                "POST /sandbox/api/zalo/{userId}/photo",
                post("/sandbox/api/zalo/nobody/photo", EMPTY_MULTIPART),
                BAD,
                BAD,
                BAD,
                BAD,
                BAD));
        String chat = "/sandbox/api/chats/" + NO_SUCH_CHAT;
        lines.add(line("GET /sandbox", get("/sandbox"), OK, OK, OK, OK, OK));
        lines.add(line("GET /sandbox/", get("/sandbox/"), OK, OK, OK, OK, OK));
        lines.add(line("GET /sandbox/api/personas", get("/sandbox/api/personas"), OK, OK, OK, OK, OK));
        lines.add(line("POST /sandbox/api/personas", post("/sandbox/api/personas", "{}"), BAD, BAD, BAD, BAD, BAD));
        lines.add(line(
                "GET /sandbox/api/chats/{chatId}/messages",
                get(chat + "/messages"),
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND));
        lines.add(line(
                "GET /sandbox/api/chats/{chatId}/documents/{messageId}",
                get(chat + "/documents/1"),
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND));
        for (String input : List.of("text", "callbacks", "location")) {
            lines.add(line(
                    "POST /sandbox/api/chats/{chatId}/" + input,
                    post(chat + "/" + input, "{}"),
                    BAD,
                    BAD,
                    BAD,
                    BAD,
                    BAD));
        }
        for (String upload : List.of("photo", "document")) {
            lines.add(line(
                    "POST /sandbox/api/chats/{chatId}/" + upload,
                    post(chat + "/" + upload, EMPTY_MULTIPART),
                    BAD,
                    BAD,
                    BAD,
                    BAD,
                    BAD));
        }
        return lines;
    }

    // --- the tests ------------------------------------------------------------------------------

    @Test
    void everyRegisteredMappingHasALine() {
        Set<String> registered = registeredMappings();
        assertThat(registered).contains("GET /api/sessions/{id}/agenda.{format}", "GET /console/sessions/{id}");
        Set<String> covered = new TreeSet<>();
        table(placeholderFixture()).forEach(l -> covered.add(mappingOf(l)));
        Set<String> missing = new TreeSet<>(registered);
        missing.removeAll(covered);
        Set<String> stale = new TreeSet<>(covered);
        stale.removeAll(registered);
        assertThat(missing)
                .as("mappings without a line in AuthorisationMatrixTest's table (add one per endpoint)")
                .isEmpty();
        assertThat(stale)
                .as("lines of AuthorisationMatrixTest's table whose mapping no longer exists")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicNode> everyCallerAgainstEveryMapping() {
        fixture = fixture();
        Map<Who, Login> logins = new EnumMap<>(Who.class);
        logins.put(Who.VIEWER, official(Role.VIEWER));
        logins.put(Who.HEAD_K1, official(Role.NEIGHBOURHOOD_HEAD, "K1"));
        logins.put(Who.HEAD_K3, official(Role.NEIGHBOURHOOD_HEAD, "K3"));
        logins.put(Who.ADMIN, ADMIN);
        Map<Who, Session> sessions = new EnumMap<>(Who.class);
        sessions.put(Who.ANONYMOUS, anonymous());
        logins.forEach((who, login) -> sessions.put(who, signIn(login)));

        List<DynamicNode> nodes = new ArrayList<>();
        for (Line line : table(fixture)) {
            List<DynamicTest> tests = new ArrayList<>();
            for (Probe probe : line.probes()) {
                for (Who who : Who.values()) {
                    int expected = line.expected().get(who);
                    tests.add(DynamicTest.dynamicTest(
                            who + " " + probe.method() + " " + probe.path() + " → " + expected,
                            () -> check(line, probe, who, expected, sessions.get(who), logins.get(who))));
                }
            }
            nodes.add(DynamicContainer.dynamicContainer(line.mapping(), tests));
        }
        return nodes.stream();
    }

    private void check(Line line, Probe probe, Who who, int expected, Session session, Login login) {
        Answer answer = probe.path().startsWith("/console")
                        || probe.path().equals("/")
                        || probe.path().equals("/login")
                        || probe.path().equals(ConsoleDeniedPage.PATH)
                ? console(probe, session)
                : basic(probe, login);
        String what = who + " " + probe.method() + " " + probe.path();
        assertThat(answer.status()).as(what + "\n" + shorten(answer.text())).isEqualTo(expected);
        if (expected == LOGIN && who == Who.ANONYMOUS && probe.path().startsWith("/console")) {
            assertThat(answer.location()).as(what).endsWith("/login");
        }
        fixture.markers().forEach((marker, allowed) -> {
            if (!allowed.contains(who)) {
                assertThat(answer.text()).as(what + " must not show " + marker).doesNotContain(marker);
            }
        });
        if (answer.status() == OK && probe.method().equals("GET")) {
            for (String marker : line.reveals()) {
                if (fixture.markers().get(marker).contains(who)) {
                    assertThat(answer.text()).as(what + " shows " + marker).contains(marker);
                }
            }
        }
    }

    // --- the fixture ------------------------------------------------------------------------------

    private Fixture fixture() {
        suffix = marker();
        Map<String, Set<Who>> markers = new LinkedHashMap<>();
        Set<Who> k1 = Set.of(Who.VIEWER, Who.HEAD_K1, Who.ADMIN);
        Set<Who> k2 = Set.of(Who.VIEWER, Who.ADMIN);
        Set<Who> k3 = Set.of(Who.VIEWER, Who.HEAD_K3, Who.ADMIN);
        long n1 = named("K1", markers, k1);
        long n2 = named("K2", markers, k2);
        long n3 = named("K3", markers, k3);
        markers.put(title("S12"), k1);
        markers.put(title("S1"), k1);
        markers.put(title("S3"), k3);
        long s12 = planSession(title("S12"), 20, "\"K1\", \"K2\"");
        long s3 = planSession(title("S3"), 20, "\"K3\"");
        long s1 = planSession(title("S1"), 21, "\"K1\"");
        long toCancel = planSession("Ma trận hủy", 22, "\"K3\"");
        return new Fixture(n1, n2, n3, s12, s3, s1, toCancel, markers);
    }

    /** Markers end with the run's unique word, so that nothing else in the shared database has them. */
    private String suffix = "";

    private String text(String khom) {
        return "noidung" + khom.toLowerCase(java.util.Locale.ROOT) + suffix;
    }

    private String author(String khom) {
        return "Tacgia" + khom + suffix;
    }

    private String title(String session) {
        return "Phien" + session + suffix;
    }

    /**
     * A named (not anonymous) submission of this khóm: its text is for those who see the khóm, its
     * author's name for those of them who may read names.
     */
    private long named(String khom, Map<String, Set<Who>> markers, Set<Who> seeing) {
        markers.put(text(khom), seeing);
        Set<Who> naming = new java.util.HashSet<>(seeing);
        naming.remove(Who.VIEWER);
        markers.put(author(khom), Set.copyOf(naming));
        return file(khom, "Đề nghị sửa đường " + text(khom) + " trước mùa mưa", false, "Nguyễn Văn " + author(khom))
                .number();
    }

    /** For listing the table's mappings before any data exists. */
    private static Fixture placeholderFixture() {
        return new Fixture(1, 2, 3, 4, 5, 6, 7, Map.of());
    }

    // --- the table's vocabulary -------------------------------------------------------------------

    private Line line(String mapping, Probe probe, int anonymous, int viewer, int headK1, int headK3, int admin) {
        return line(mapping, List.of(probe), anonymous, viewer, headK1, headK3, admin);
    }

    private Line line(
            String mapping, List<Probe> probes, int anonymous, int viewer, int headK1, int headK3, int admin) {
        Map<Who, Integer> expected = new EnumMap<>(Who.class);
        expected.put(Who.ANONYMOUS, anonymous);
        expected.put(Who.VIEWER, viewer);
        expected.put(Who.HEAD_K1, headK1);
        expected.put(Who.HEAD_K3, headK3);
        expected.put(Who.ADMIN, admin);
        return new Line(mapping, probes, expected, Set.of());
    }

    private static Probe get(String path) {
        return new Probe("GET", path);
    }

    private static Probe post(String path, String... body) {
        return new Probe("POST", path, body);
    }

    private static Probe put(String path, String body) {
        return new Probe("PUT", path, body);
    }

    private static List<Probe> formats(String session, String... documents) {
        List<Probe> probes = new ArrayList<>();
        for (String document : documents) {
            for (String format : List.of("csv", "md", "docx", "pdf")) {
                probes.add(get(session + "/" + document + "." + format));
            }
        }
        return probes;
    }

    /** The mapping a line covers, without the note in brackets that tells two lines of one mapping apart. */
    private static String mappingOf(Line line) {
        int note = line.mapping().indexOf(" (");
        return note < 0 ? line.mapping() : line.mapping().substring(0, note);
    }

    /** Every {@code METHOD pattern} of every request-mapping handler mapping (controllers, actuator). */
    private Set<String> registeredMappings() {
        return registeredMappings(context);
    }

    /** Every {@code METHOD pattern} of the application ({@code ANY} for a mapping of every method). */
    static Set<String> registeredMappings(ApplicationContext context) {
        Set<String> keys = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                if (methods.isEmpty()) {
                    methods.add("ANY");
                }
                for (String pattern : info.getPatternValues()) {
                    methods.forEach(method -> keys.add(method + " " + pattern));
                }
            }
        }
        return keys;
    }

    // --- HTTP, with bodies as text whatever their format -------------------------------------------

    private record Answer(int status, String location, String text) {}

    private Answer console(Probe probe, Session session) {
        if (!probe.method().equals("GET")) {
            Reply reply = session.post(probe.path(), probe.body());
            return new Answer(reply.status(), reply.header("Location"), reply.body());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + probe.path()));
        String cookies = session.cookieHeader();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return exchange(request);
    }

    private Answer basic(Probe probe, Login login) {
        String body = probe.body().length == 0 ? null : probe.body()[0];
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + probe.path()))
                .method(
                        probe.method(),
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header(
                    "Content-Type",
                    body.equals(EMPTY_MULTIPART) ? "multipart/form-data; boundary=x" : "application/json");
        }
        if (login != null) {
            request.header("Authorization", login.header());
        }
        return exchange(request);
    }

    private Answer exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Location").orElse(null),
                    asText(type, response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a person would read in the answer: the text of a DOCX or PDF, else the body itself. */
    static String asText(String contentType, byte[] body) throws IOException {
        if (contentType.startsWith("application/pdf")) {
            try (PDDocument pdf = Loader.loadPDF(body)) {
                return new PDFTextStripper().getText(pdf);
            }
        }
        if (contentType.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml")) {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(body));
                    XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                return text.getText();
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
