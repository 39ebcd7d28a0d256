package vn.nghedan.officials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.nghedan.agenda.Agenda;
import vn.nghedan.agenda.Agendas;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.officials.core.OfficialScope;
import vn.nghedan.officials.core.ProvinceFigures;
import vn.nghedan.platform.DatabaseEngine;
import vn.nghedan.platform.DbTime;
import vn.nghedan.session.Sessions;
import vn.nghedan.submission.Submissions;
import vn.nghedan.support.TestPostgres;

/**
 * A province at scale (issue 14): 100 wards × 10 khóm, 200,000 residents and 1,000,000
 * submissions, seeded straight into the tables ({@link ProvinceSeed}), then what officials wait
 * for, through the app's real HTTP endpoints, as the ward admin of ward P37: the console's
 * submission list (first page, and the middle page of what they see), its search (a word typed
 * without diacritics, narrowed to a khóm and a status), one session's agenda (API, JSON and DOCX)
 * — and the per-ward comparison of the province dashboard ({@link ProvinceFigures}). Each is
 * measured at 100,000 submissions and again at 1,000,000, and the ratio printed.
 *
 * <p>Run: {@code mvn -B -o -Pbenchmark verify -Dspotless.check.skip=true
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtest=ProvinceScaleBenchmark
 * -Dbench.argLine="-XX:TieredStopAtLevel=4 -Xmx2g"} (the app runs inside the benchmark's JVM
 * here, so it gets the full JIT rather than the stand-in's C1) and {@code -Dbench.db=postgres}
 * for the tests' embedded PostgreSQL. {@code -Dbench.submissions=N} for another size (a tenth
 * first, then all).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "nghedan.telegram.token=",
            "nghedan.admin.username=province",
            "nghedan.admin.password=" + ProvinceScaleBenchmark.PASSWORD
        })
class ProvinceScaleBenchmark {

    static final String PASSWORD = "mật-khẩu-benchmark";
    private static final String READER = "p37admin";
    private static final int READER_WARD = 37;
    private static final int REQUESTS = 60;
    /** The console list's page size. */
    private static final int PAGE_SIZE = 25;

    private static final int WARM_UP = 10;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COUNT = Pattern.compile("id=\"result-count\">([^<]*)<");
    private static final Pattern PAGES = Pattern.compile("Trang \\d+ / ([\\d.,]+)");
    private static final List<String> WORDS = List.of("ngap", "rac", "den", "camera", "bao hiem", "hem");
    private static final List<String> STATUSES = List.of("NEW", "ACCEPTED", "ANSWERED");

    @DynamicPropertySource
    static void province(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("nghedan-province");
        registry.add("nghedan.data-folder", () -> folder.resolve("data").toString());
        if (postgres()) {
            TestPostgres.Database db = TestPostgres.newDatabase();
            registry.add("spring.datasource.url", db::url);
            registry.add("spring.datasource.username", db::username);
            registry.add("spring.datasource.password", db::password);
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + folder.resolve("province.db"));
        }
        for (int w = 1; w <= ProvinceSeed.WARDS; w++) {
            String ward = "nghedan.wards[" + (w - 1) + "].";
            int number = w;
            registry.add(ward + "code", () -> ProvinceSeed.wardCode(number));
            registry.add(ward + "name", () -> "Phường " + number);
            registry.add(ward + "place", () -> "Sa Đéc");
            for (int k = 1; k <= ProvinceSeed.KHOM_PER_WARD; k++) {
                int khom = k;
                registry.add(ward + "neighbourhoods[" + (k - 1) + "].code", () -> "K" + khom);
                registry.add(ward + "neighbourhoods[" + (k - 1) + "].name", () -> "Khóm " + khom);
            }
        }
    }

    private static boolean postgres() {
        return System.getProperty("bench.db", "sqlite").startsWith("postgres");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Submissions submissions;

    @Autowired
    Agendas agendas;

    @Autowired
    Sessions sessions;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username:}")
    String username;

    @Value("${spring.datasource.password:}")
    String password;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Map<String, String> figures = new LinkedHashMap<>();

    @Test
    void provinceOfAMillionSubmissions() throws Exception {
        int total = Integer.getInteger("bench.submissions", 1_000_000);
        int residents = Integer.getInteger("bench.residents", 200_000);
        boolean pg = DatabaseEngine.of(url) == DatabaseEngine.POSTGRESQL;
        figures.put("engine", pg ? "postgresql" : "sqlite");
        figures.put("load_average_at_start", loadAverage());
        List<ProvinceSeed.SeededWard> wards = seededWards();
        assertThat(wards).hasSize(ProvinceSeed.WARDS);

        try (Connection connection = seedConnection(pg)) {
            ProvinceSeed seed = new ProvinceSeed(connection, pg, Instant.now(), wards, residents);
            timed("seed.residents", seed::residents);
            timed("seed.sessions", seed::sessions);
            timed("seed.submissions_tenth", () -> seed.submissions(total, true));
            analyse(connection, pg);

            long session = upcomingWholeWardSession();
            signIn();
            // A server runs for months: measure the app compiled, not while the JIT learns it.
            measure(200, i -> i % 3 == 0 ? page(searchPath(i)) : page("/console/submissions?page=" + (1 + i % 4)));
            measure(20, i -> api("/api/sessions/" + session + "/agenda" + (i % 2 == 0 ? "" : ".docx")));
            Map<String, Measured> tenth = measureAll(session, "at_" + (total / 10));

            timed("seed.submissions_rest", () -> seed.submissions(total, false));
            analyse(connection, pg);
            Map<String, Measured> whole = measureAll(session, "at_" + total);

            tenth.forEach((step, small) -> {
                Measured large = whole.get(step);
                figures.put(
                        step + ".ratio_p95_" + total + "_to_" + (total / 10),
                        String.format("%.2f", large.p95() / Math.max(0.01, small.p95())));
            });
            assertThat(jdbc.sql("SELECT COUNT(*) FROM submission")
                            .query(Long.class)
                            .single())
                    .isEqualTo(total);
        }
        figures.put("load_average_at_end", loadAverage());
        StringBuilder block = new StringBuilder("\n=== ProvinceScaleBenchmark ===\n");
        figures.forEach((name, value) -> block.append("bench.province.")
                .append(name)
                .append('=')
                .append(value)
                .append('\n'));
        System.out.println(block);
    }

    /** Every step at the current size; each step's figures go into the printed block as well. */
    private Map<String, Measured> measureAll(long session, String size) throws Exception {
        figures.put(size + ".reader_sees", String.valueOf(visibleTotal(get("/console/submissions"))));
        figures.put(
                size + ".session_items",
                String.valueOf(jdbc.sql("SELECT COUNT(*) FROM submission s JOIN session_neighbourhood sn"
                                + " ON sn.neighbourhood_code = s.neighbourhood_code AND sn.dialogue_session = :id"
                                + " WHERE s.status IN ('NEW', 'ACCEPTED') OR s.session_id = :id")
                        .param("id", session)
                        .query(Long.class)
                        .single()));
        int middle = Math.max(1, pages(get("/console/submissions")) / 2);
        figures.put(size + ".deep_page_number", String.valueOf(middle));
        Map<String, Measured> measured = new LinkedHashMap<>();
        measured.put("list_first_page", measure(REQUESTS, i -> page("/console/submissions")));
        measured.put("list_deep_page", measure(REQUESTS, i -> page("/console/submissions?page=" + middle)));
        // What the list asks the submission module once a ward admin's scope is their ward's khóm:
        // the same search, narrowed to the ten khóm of P37 (the console does not narrow by ward yet).
        Submissions.Filter ward = new Submissions.Filter(wardKhom(), null, null, null, null, null, null, null);
        long wardTotal = submissions.search(ward, 0, PAGE_SIZE).total();
        int wardMiddle = (int) (wardTotal / PAGE_SIZE / 2);
        figures.put(size + ".ward_query_sees", String.valueOf(wardTotal));
        measured.put("ward_query_first_page", measure(REQUESTS, i -> submissions.search(ward, 0, PAGE_SIZE)));
        measured.put("ward_query_deep_page", measure(REQUESTS, i -> submissions.search(ward, wardMiddle, PAGE_SIZE)));
        measured.put("search", measure(REQUESTS, i -> page(searchPath(i))));
        // every console list page also lists the sessions for its filter: all of the province's
        measured.put("sessions_all_in_process", measure(REQUESTS, i -> sessions.all()));
        measured.put("agenda_json", measure(20, i -> api("/api/sessions/" + session + "/agenda")));
        measured.put("agenda_docx", measure(20, i -> api("/api/sessions/" + session + "/agenda.docx")));
        // the same work in-process, without HTTP and the password check: compiling, then writing
        measured.put("agenda_compile_in_process", measure(20, i -> agendas.agenda(session)));
        Agenda compiled = agendas.agenda(session);
        figures.put(size + ".agenda_items", String.valueOf(compiled.counts().items()));
        measured.put("agenda_docx_write_in_process", measure(20, i -> agendas.document(compiled, Agendas.Format.DOCX)));
        measured.put(
                "dashboard", measure(20, i -> provinceFigures.compare(PROVINCE).size()));
        measured.forEach((step, m) -> figures.put(size + "." + step, m.toString()));
        return measured;
    }

    // --- the province dashboard ------------------------------------------------------------------

    /** Whoever reads the province's comparison: it spans every ward. */
    private static final OfficialScope PROVINCE =
            new OfficialScope("benchmark", "benchmark", Role.PROVINCE_ADMIN, null, java.util.Set.of());

    @Autowired
    ProvinceFigures provinceFigures;

    // --- measuring --------------------------------------------------------------------------------

    /** p50/p95/max of one step, in milliseconds. */
    record Measured(int count, double p50, double p95, double max) {
        @Override
        public String toString() {
            return String.format("n=%d p50_ms=%.1f p95_ms=%.1f max_ms=%.1f", count, p50, p95, max);
        }
    }

    interface Step {
        Object run(int i) throws Exception;
    }

    private static Measured measure(int count, Step step) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            step.run(i);
        }
        double[] ms = new double[count];
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            step.run(i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new Measured(count, ms[count / 2], ms[(int) Math.ceil(count * 0.95) - 1], ms[count - 1]);
    }

    private void timed(String name, Callable<Integer> work) throws Exception {
        long t = System.nanoTime();
        int rows = work.call();
        double seconds = (System.nanoTime() - t) / 1e9;
        figures.put(name, String.format("%d rows in %.1f s (%.0f/s)", rows, seconds, rows / seconds));
    }

    /** Khóm P37.K1 … P37.K10, statuses and words in turn: a different search each time. */
    private static String searchPath(int i) {
        String khom = ProvinceSeed.khomKey(READER_WARD, 1 + i % ProvinceSeed.KHOM_PER_WARD);
        return "/console/submissions?q=" + URLEncoder.encode(WORDS.get(i % WORDS.size()), StandardCharsets.UTF_8)
                + "&neighbourhood=" + khom + "&status=" + STATUSES.get(i % STATUSES.size());
    }

    // --- the app over HTTP ------------------------------------------------------------------------

    /** The reader: a ward admin of ward P37, signed in to the console like a browser. */
    private void signIn() throws Exception {
        // written like the seed, so the benchmark needs none of the officials module's internals
        jdbc.sql("INSERT INTO account (username, password_hash, display_name, role, enabled, created_at, ward_id)"
                        + " VALUES (:user, :hash, 'Cán bộ phường 37', 'WARD_ADMIN', TRUE, :now,"
                        + " (SELECT id FROM ward WHERE code = :code))")
                .param("user", READER)
                .param("hash", passwords.encode(PASSWORD))
                .param("now", DbTime.of(Instant.now()))
                .param("code", ProvinceSeed.wardCode(READER_WARD))
                .update();
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).isTrue();
        String form = "username=" + READER + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> reply = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(reply.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A console page that must answer 200. */
    private int page(String path) throws Exception {
        HttpResponse<String> reply = get(path);
        if (reply.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + reply.statusCode());
        }
        return reply.body().length();
    }

    /** An API call with Basic auth (each one checks the password: BCrypt is part of its time). */
    private int api(String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString((READER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> reply = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri(path))
                                .header("Authorization", "Basic " + basic)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + reply.statusCode());
        }
        return reply.body().length;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static long visibleTotal(HttpResponse<String> page) {
        Matcher m = COUNT.matcher(page.body());
        return m.find() ? Long.parseLong(m.group(1).replaceAll("\\D", "")) : -1;
    }

    private static int pages(HttpResponse<String> page) {
        Matcher m = PAGES.matcher(page.body());
        return m.find() ? Integer.parseInt(m.group(1).replaceAll("\\D", "")) : 1;
    }

    // --- the database -----------------------------------------------------------------------------

    private List<ProvinceSeed.SeededWard> seededWards() {
        List<ProvinceSeed.SeededWard> wards = new ArrayList<>();
        for (int w = 1; w <= ProvinceSeed.WARDS; w++) {
            String code = ProvinceSeed.wardCode(w);
            long id = jdbc.sql("SELECT id FROM ward WHERE code = ?")
                    .param(code)
                    .query(Long.class)
                    .single();
            List<String> khom = jdbc.sql("SELECT code FROM neighbourhood WHERE ward_id = ? ORDER BY position")
                    .param(id)
                    .query(String.class)
                    .list();
            wards.add(new ProvinceSeed.SeededWard(id, code, khom));
        }
        return wards;
    }

    private List<String> wardKhom() {
        return jdbc.sql("SELECT n.code FROM neighbourhood n JOIN ward w ON w.id = n.ward_id WHERE w.code = ?")
                .param(ProvinceSeed.wardCode(READER_WARD))
                .query(String.class)
                .list();
    }

    private long upcomingWholeWardSession() {
        return jdbc.sql("SELECT id FROM dialogue_session WHERE status = 'PLANNED' AND kind = 'DIALOGUE'"
                        + " AND ward_id = (SELECT id FROM ward WHERE code = ?)")
                .param(ProvinceSeed.wardCode(READER_WARD))
                .query(Long.class)
                .single();
    }

    /** The seeding connection: PostgreSQL's driver sends a batch as multi-row inserts. */
    private Connection seedConnection(boolean pg) throws SQLException {
        if (pg) {
            return DriverManager.getConnection(url + "?reWriteBatchedInserts=true", username, password);
        }
        Connection c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 30000");
        }
        return c;
    }

    /**
     * PostgreSQL's autovacuum vacuums and analyses an insert-only table this size on its own
     * within a minute (since PostgreSQL 13); done at once here, so the planner knows the rows and
     * index-only scans need not visit the table. SQLite is left as the app leaves it (no
     * statistics).
     */
    private static void analyse(Connection c, boolean pg) throws SQLException {
        if (pg) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE");
            }
        }
    }

    private static String loadAverage() {
        return String.format(
                "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
