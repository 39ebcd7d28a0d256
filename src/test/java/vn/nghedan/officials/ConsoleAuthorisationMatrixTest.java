package vn.nghedan.officials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.nghedan.submission.Submission;

/**
 * Who gets what, generated from one table: anonymous, viewer, neighbourhood head (of K1) and ward
 * admin against every console page and form and every API call. The forms are sent with what
 * fails validation or the state check wherever the step would change something, so the table's
 * order does not matter; 302 for a stranger on the console means "to the sign-in page".
 */
class ConsoleAuthorisationMatrixTest extends ConsoleTestSupport {

    private static final int LOGIN = 302;
    private static final int UNAUTHORISED = 401;
    private static final int FORBIDDEN = 403;
    private static final int NOT_FOUND = 404;
    private static final int BAD = 400;
    private static final int CONFLICT = 409;
    private static final int OK = 200;
    private static final int DONE = 302;

    private static final String TOO_LONG = "x".repeat(ConsoleAgendaEditor.MAX_SUMMARY + 1);

    /** One line of the table: the expected status for anonymous, viewer, head and admin. */
    private record Case(String method, String path, int anonymous, int viewer, int head, int admin, String... body) {}

    private enum Who {
        ANONYMOUS,
        VIEWER,
        HEAD,
        ADMIN
    }

    @TestFactory
    Stream<DynamicTest> everyRoleAgainstEveryPathAndCall() {
        String m = marker();
        Submission own = file("K1", "Kiểm thử ma trận phân quyền " + m + " " + m, false);
        Submission other = file("K2", "Kiểm thử ma trận khóm khác " + m + " " + m, false);
        long k1 = planSession("Ma trận K1 " + m, 20, "\"K1\"");
        long k2 = planSession("Ma trận K2 " + m, 20, "\"K2\"");
        long toCancel = planSession("Ma trận hủy " + m, 20, "\"K1\"");
        String s1 = "/console/sessions/" + k1;
        String o = "/console/submissions/" + own.number();
        String x = "/console/submissions/" + other.number();

        List<Case> table = List.of(
                // --- console pages --------------------------------------------------------------------
                new Case("GET", "/", LOGIN, OK, OK, OK),
                new Case("GET", "/console/submissions", LOGIN, OK, OK, OK),
                new Case("GET", "/console/submissions.csv", LOGIN, OK, OK, OK),
                new Case("GET", o, LOGIN, OK, OK, OK),
                new Case("GET", x, LOGIN, OK, NOT_FOUND, OK),
                new Case("GET", o + "/attachments/0", LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                new Case("GET", x + "/attachments/0", LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                new Case("GET", "/console/submissions/new", LOGIN, FORBIDDEN, OK, OK),
                new Case("GET", "/console/sessions", LOGIN, OK, OK, OK),
                new Case("GET", "/console/sessions/new", LOGIN, FORBIDDEN, FORBIDDEN, OK),
                new Case("GET", s1, LOGIN, OK, OK, OK),
                new Case("GET", "/console/sessions/" + k2, LOGIN, OK, NOT_FOUND, OK),
                new Case("GET", s1 + "/edit", LOGIN, FORBIDDEN, FORBIDDEN, OK),
                new Case("GET", s1 + "/agenda.docx", LOGIN, OK, OK, OK),
                new Case("GET", s1 + "/agenda.pdf", LOGIN, OK, OK, OK),
                new Case("GET", s1 + "/results.csv", LOGIN, OK, OK, OK),
                new Case("GET", "/console/sessions/" + k2 + "/agenda.md", LOGIN, OK, NOT_FOUND, OK),
                new Case("GET", "/console/neighbourhoods", LOGIN, OK, OK, OK),
                new Case("GET", "/console/neighbourhoods/K1/poster.pdf", LOGIN, OK, OK, OK),
                new Case("GET", "/console/neighbourhoods/K2/poster.pdf", LOGIN, OK, NOT_FOUND, OK),
                new Case("GET", "/console/notifications", LOGIN, FORBIDDEN, FORBIDDEN, OK),
                new Case("GET", "/console/accounts", LOGIN, FORBIDDEN, FORBIDDEN, OK),
                new Case("GET", "/console/no-such-page", LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                new Case("GET", "/console/password", LOGIN, OK, OK, OK),
                // --- console forms --------------------------------------------------------------------
                new Case("POST", o + "/accept", LOGIN, FORBIDDEN, CONFLICT, CONFLICT, "version", "-1"),
                new Case("POST", o + "/reject", LOGIN, FORBIDDEN, BAD, BAD, "reason", ""),
                new Case("POST", x + "/reject", LOGIN, FORBIDDEN, NOT_FOUND, BAD, "reason", ""),
                new Case("POST", o + "/merge", LOGIN, FORBIDDEN, BAD, BAD),
                new Case("POST", o + "/refer", LOGIN, FORBIDDEN, BAD, BAD, "referredTo", " "),
                new Case("POST", o + "/answer", LOGIN, FORBIDDEN, BAD, BAD, "answer", ""),
                new Case("POST", o + "/reopen", LOGIN, FORBIDDEN, CONFLICT, CONFLICT, "version", "-1"),
                new Case("POST", "/console/submissions/new", LOGIN, FORBIDDEN, BAD, BAD),
                new Case("POST", "/console/sessions", LOGIN, FORBIDDEN, FORBIDDEN, BAD),
                new Case("POST", s1 + "/edit", LOGIN, FORBIDDEN, FORBIDDEN, BAD),
                new Case("POST", "/console/sessions/" + toCancel + "/cancel", LOGIN, FORBIDDEN, FORBIDDEN, DONE),
                new Case("POST", s1 + "/held", LOGIN, FORBIDDEN, FORBIDDEN, CONFLICT),
                new Case("POST", s1 + "/results", LOGIN, FORBIDDEN, FORBIDDEN, CONFLICT),
                new Case("POST", s1 + "/answers/" + own.number(), LOGIN, FORBIDDEN, FORBIDDEN, CONFLICT),
                new Case("POST", s1 + "/agenda/lock", LOGIN, FORBIDDEN, FORBIDDEN, DONE, "locked", "false"),
                new Case(
                        "POST",
                        s1 + "/agenda/items/" + own.number() + "/summary",
                        LOGIN,
                        FORBIDDEN,
                        FORBIDDEN,
                        BAD,
                        "summary",
                        TOO_LONG),
                new Case(
                        "POST",
                        s1 + "/agenda/items/" + own.number() + "/topic",
                        LOGIN,
                        FORBIDDEN,
                        FORBIDDEN,
                        BAD,
                        "topic",
                        "9"),
                new Case(
                        "POST",
                        s1 + "/agenda/items/" + own.number() + "/move",
                        LOGIN,
                        FORBIDDEN,
                        FORBIDDEN,
                        DONE,
                        "direction",
                        "up"),
                new Case("POST", "/console/accounts", LOGIN, FORBIDDEN, FORBIDDEN, BAD),
                new Case("POST", "/console/accounts/nobody-here/disable", LOGIN, FORBIDDEN, FORBIDDEN, NOT_FOUND),
                new Case(
                        "POST",
                        "/console/accounts/nobody-here/password",
                        LOGIN,
                        FORBIDDEN,
                        FORBIDDEN,
                        NOT_FOUND,
                        "password",
                        "mật khẩu đủ dài"),
                new Case(
                        "POST",
                        "/console/accounts/nobody-here/role",
                        LOGIN,
                        FORBIDDEN,
                        FORBIDDEN,
                        NOT_FOUND,
                        "role",
                        "VIEWER"),
                new Case("POST", "/console/password", LOGIN, BAD, BAD, BAD, "new", "một mật khẩu", "repeat", "khác"),
                // --- API ------------------------------------------------------------------------------
                new Case("GET", "/api/neighbourhoods", UNAUTHORISED, OK, OK, OK),
                new Case("GET", "/v3/api-docs", UNAUTHORISED, OK, OK, OK),
                new Case("GET", "/api/accounts", UNAUTHORISED, FORBIDDEN, FORBIDDEN, OK),
                new Case("GET", "/api/accounts/admin", UNAUTHORISED, FORBIDDEN, FORBIDDEN, OK),
                new Case("POST", "/api/accounts", UNAUTHORISED, FORBIDDEN, FORBIDDEN, BAD, "{}"),
                new Case("POST", "/api/accounts/nobody-here/disable", UNAUTHORISED, FORBIDDEN, FORBIDDEN, NOT_FOUND),
                new Case(
                        "POST",
                        "/api/accounts/nobody-here/role",
                        UNAUTHORISED,
                        FORBIDDEN,
                        FORBIDDEN,
                        NOT_FOUND,
                        "{\"role\": \"VIEWER\"}"),
                new Case(
                        "POST",
                        "/api/accounts/nobody-here/password",
                        UNAUTHORISED,
                        FORBIDDEN,
                        FORBIDDEN,
                        NOT_FOUND,
                        "{\"new\": \"mật khẩu đủ dài\"}"),
                new Case(
                        "POST",
                        "/api/accounts/me/password",
                        UNAUTHORISED,
                        BAD,
                        BAD,
                        BAD,
                        "{\"current\": \"không đúng\", \"new\": \"mật khẩu đủ dài\"}"),
                new Case("GET", "/api/submissions", UNAUTHORISED, OK, OK, OK),
                new Case("GET", "/api/submissions/" + own.number(), UNAUTHORISED, OK, OK, OK),
                new Case("GET", "/api/submissions/" + other.number(), UNAUTHORISED, OK, NOT_FOUND, OK),
                new Case("GET", "/api/sessions", UNAUTHORISED, OK, OK, OK),
                new Case("GET", "/api/sessions/" + k1, UNAUTHORISED, OK, OK, OK),
                new Case("GET", "/api/sessions/" + k1 + "/agenda", UNAUTHORISED, OK, OK, OK),
                new Case("GET", "/api/sessions/" + k1 + "/agenda.docx", UNAUTHORISED, OK, OK, OK),
                new Case("GET", "/api/sessions/" + k1 + "/results", UNAUTHORISED, OK, OK, OK),
                new Case("POST", "/api/sessions", UNAUTHORISED, FORBIDDEN, FORBIDDEN, BAD, "{}"),
                new Case("POST", "/api/sessions/" + k1 + "/held", UNAUTHORISED, FORBIDDEN, FORBIDDEN, CONFLICT),
                new Case(
                        "POST",
                        "/api/submissions/" + own.number() + "/status",
                        UNAUTHORISED,
                        FORBIDDEN,
                        BAD,
                        BAD,
                        "{\"status\":\"REJECTED\"}"),
                new Case(
                        "POST",
                        "/api/submissions/" + other.number() + "/status",
                        UNAUTHORISED,
                        FORBIDDEN,
                        NOT_FOUND,
                        BAD,
                        "{\"status\":\"REJECTED\"}"));

        Login viewerLogin = official(Role.VIEWER);
        Login headLogin = official(Role.NEIGHBOURHOOD_HEAD, "K1");
        Map<Who, Login> logins = new LinkedHashMap<>();
        logins.put(Who.VIEWER, viewerLogin);
        logins.put(Who.HEAD, headLogin);
        logins.put(Who.ADMIN, ADMIN);
        Map<Who, Session> sessions = new LinkedHashMap<>();
        sessions.put(Who.ANONYMOUS, anonymous());
        logins.forEach((who, login) -> sessions.put(who, signIn(login)));

        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : table) {
            for (Who who : Who.values()) {
                int expected = switch (who) {
                    case ANONYMOUS -> c.anonymous();
                    case VIEWER -> c.viewer();
                    case HEAD -> c.head();
                    case ADMIN -> c.admin();
                };
                tests.add(DynamicTest.dynamicTest(
                        who + " " + c.method() + " " + c.path() + " → " + expected,
                        () -> check(c, who, expected, sessions.get(who), logins.get(who))));
            }
        }
        return tests.stream();
    }

    private void check(Case c, Who who, int expected, Session session, Login login) {
        boolean api = c.path().startsWith("/api/") || c.path().startsWith("/v3/");
        Reply reply = api ? api(c, login) : console(c, session);
        assertThat(reply.status()).as(who + " " + c.method() + " " + c.path()).isEqualTo(expected);
        if (expected == LOGIN && who == Who.ANONYMOUS) {
            assertThat(reply.header("Location")).endsWith("/login");
        }
    }

    private static Reply console(Case c, Session session) {
        return "GET".equals(c.method()) ? session.get(c.path()) : session.post(c.path(), c.body());
    }

    private Reply api(Case c, Login login) {
        if ("GET".equals(c.method())) {
            return get(c.path(), login);
        }
        return post(c.path(), login, c.body().length == 0 ? null : c.body()[0]);
    }
}
