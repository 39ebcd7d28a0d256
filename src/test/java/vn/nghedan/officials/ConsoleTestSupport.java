package vn.nghedan.officials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The console over real HTTP, in the API tests' application (same configuration, so one Spring
 * context serves both): a signed-in official is a cookie jar of one session cookie, and forms
 * are posted with the session's CSRF token, as a browser would.
 */
public abstract class ConsoleTestSupport extends ApiTestSupport {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** One browser session: its cookies (session and language) and the last CSRF token seen. */
    public final class Session {

        private final Map<String, String> cookies = new LinkedHashMap<>();
        private String csrf;

        /** {@code path} may also be a whole URL, such as a redirect's Location. */
        public Reply get(String path) {
            return exchange("GET", path, null);
        }

        /** Posts a form; {@code fields} are name, value pairs. The CSRF token is added. */
        public Reply post(String path, String... fields) {
            Map<String, String> form = new LinkedHashMap<>();
            for (int i = 0; i + 1 < fields.length; i += 2) {
                form.put(fields[i], fields[i + 1]);
            }
            return postForm(path, form);
        }

        public Reply postForm(String path, Map<String, String> form) {
            if (csrf == null) {
                get("/login");
            }
            Map<String, String> withToken = new LinkedHashMap<>(form);
            withToken.putIfAbsent("_csrf", csrf);
            return exchange("POST", path, encode(withToken));
        }

        /** Posts without the CSRF token, as a forged cross-site form would. */
        public Reply postWithoutToken(String path) {
            return exchange("POST", path, "");
        }

        private Reply exchange(String method, String path, String formBody) {
            URI uri = URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .method(
                            method,
                            formBody == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(formBody, StandardCharsets.UTF_8));
            if (formBody != null) {
                request.header("Content-Type", "application/x-www-form-urlencoded");
            }
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookieHeader());
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                response.headers().allValues("Set-Cookie").forEach(this::keepCookie);
                Matcher token = CSRF.matcher(response.body());
                if (token.find()) {
                    csrf = token.group(1);
                }
                return new Reply(response.statusCode(), response.headers(), response.body(), json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The session's cookies as a request header, for a download the string client cannot hold. */
        public String cookieHeader() {
            return cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "));
        }

        private void keepCookie(String header) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(
                        pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
    }

    /** A browser session signed in to the console as this official. */
    public Session signIn(Login who) {
        Session session = new Session();
        session.get("/login");
        Reply reply = session.post("/login", "username", who.username(), "password", who.password());
        if (reply.status() != 302 || reply.header("Location").contains("error")) {
            throw new IllegalStateException("Could not sign in as " + who.username());
        }
        // signing in changes the CSRF token: pick up the new one, as the page after sign-in would
        session.get("/");
        return session;
    }

    /** A browser session that has not signed in (it still holds a CSRF token, as a visitor would). */
    public Session anonymous() {
        Session session = new Session();
        session.get("/login");
        return session;
    }

    /** A word no other test uses, to find one's own submissions in shared data. */
    public static String marker() {
        return "mk" + Long.toString(System.nanoTime(), 36);
    }

    /** The submission version a page's moderation forms carry. */
    public static int version(Reply page) {
        Matcher m = VERSION.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("No version in the page");
        }
        return Integer.parseInt(m.group(1));
    }

    public String statusOf(long number) {
        return submissions.get(number).getStatus().name();
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
