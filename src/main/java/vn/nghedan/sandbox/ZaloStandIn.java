package vn.nghedan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nghedan.zalo.ZaloSignature;

/**
 * A local stand-in for Zalo, as the app meets it: the OA's consultation-message API ({@code POST
 * /v3.0/oa/message/cs}), OAuth ({@code POST /v4/oa/access_token}, issuing rotating single-use
 * refresh tokens and refusing one used before, as Zalo does), and Zalo's side of the webhook:
 * {@link #sendText} and the like post a signed event to the app as a Zalo user would cause it, as
 * do {@link #follow} and {@link #unfollow}. A user's profile ({@code GET /v3.0/oa/user/detail})
 * gives the name they were given ({@link #name}); a user it has no name for is answered -201, as
 * Zalo answers an id it does not know. It can play a person who has not written in 7 days (error
 * -230), one who unfollowed (-213), a lapsed access token, and any error for a user's next sends
 * ({@link #refuseNext}). Its own loopback port, like the Bot API stand-in; files it holds are
 * served under {@code /files/}.
 */
public final class ZaloStandIn implements AutoCloseable {

    public static final String APP_ID = "sandbox-zalo-app";
    public static final String APP_SECRET = "sandbox-zalo-app-secret";
    public static final String OA_SECRET_KEY = "sandbox-zalo-oa-secret";
    private static final String REFRESH_PREFIX = "sandbox-refresh-";
    public static final String FIRST_REFRESH_TOKEN = REFRESH_PREFIX + "1";
    /** Zalo's "user has not interacted with the OA in the last 7 days". */
    public static final int OUT_OF_WINDOW = -230;

    private static final Logger log = LoggerFactory.getLogger(ZaloStandIn.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A message the OA sent to a user. */
    public record Sent(String userId, String text) {}

    /**
     * One line of a user's chat with the OA, for the sandbox's web chat: what they sent (text,
     * photo, place) and what the OA wrote back, numbered in the order they happened.
     */
    public record Line(long id, boolean fromOa, String kind, String text, Double latitude, Double longitude) {}

    private final HttpServer server;
    private final ExecutorService executor;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Map<String, List<Line>> chats = new ConcurrentHashMap<>();
    private final AtomicLong lineIds = new AtomicLong();
    private final Set<String> silent = ConcurrentHashMap.newKeySet();
    private final Set<String> unfollowed = ConcurrentHashMap.newKeySet();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> profileCalls = new ConcurrentHashMap<>();
    /** Errors the next sends to a user get, one each, in order. */
    private final Map<String, Queue<Integer>> refusals = new ConcurrentHashMap<>();

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong(1000);
    private final AtomicInteger tokenCalls = new AtomicInteger();
    private final AtomicInteger refusedRefreshes = new AtomicInteger();
    private final AtomicInteger refusedSends = new AtomicInteger();
    /** Guarded by this: refresh tokens issued and not yet used, and those used up. */
    private final Set<String> liveRefresh = new HashSet<>(Set.of(FIRST_REFRESH_TOKEN));

    private final Set<String> usedRefresh = new HashSet<>();
    private final Set<String> liveAccess = ConcurrentHashMap.newKeySet();
    private int issued;
    private volatile Duration tokenDelay = Duration.ZERO;
    private volatile String webhookUrl;

    private ZaloStandIn(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving on 127.0.0.1 (or every interface when {@code everyInterface}); port 0 picks one. */
    public static ZaloStandIn start(int port, boolean everyInterface) {
        StandInServer.noDelay();
        try {
            InetSocketAddress address = everyInterface
                    ? new InetSocketAddress(port)
                    : new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port);
            HttpServer server = HttpServer.create(address, 64);
            ExecutorService executor = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "zalo-stand-in");
                t.setDaemon(true);
                return t;
            });
            ZaloStandIn standIn = new ZaloStandIn(server, executor);
            server.createContext("/", standIn::handle);
            server.setExecutor(executor);
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new UncheckedIOException("Zalo stand-in could not listen on port " + port, e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Where signed events go: the app's {@code /zalo/webhook}. */
    public void webhook(String url) {
        this.webhookUrl = url;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // --- what a Zalo user does -------------------------------------------------------------

    public int sendText(String userId, String text) {
        ObjectNode message = JSON.createObjectNode().put("text", text);
        return logged(userId, deliver(event(userId, "user_send_text", message)), "text", text, null, null);
    }

    /** A photo, kept here and named by its URL, as Zalo's CDN would. */
    public int sendImage(String userId, byte[] jpeg, String caption) {
        String name = "photo-" + messageIds.incrementAndGet() + ".jpg";
        files.put(name, jpeg.clone());
        ObjectNode message = JSON.createObjectNode();
        if (caption != null) {
            message.put("text", caption);
        }
        ObjectNode attachment = message.putArray("attachments").addObject().put("type", "image");
        attachment.putObject("payload").put("url", baseUrl() + "/files/" + name).put("thumbnail", "");
        return logged(userId, deliver(event(userId, "user_send_image", message)), "photo", caption, null, null);
    }

    public int sendLocation(String userId, double latitude, double longitude) {
        ObjectNode message = JSON.createObjectNode();
        ObjectNode attachment = message.putArray("attachments").addObject().put("type", "location");
        attachment
                .putObject("payload")
                .putObject("coordinates")
                .put("latitude", Double.toString(latitude))
                .put("longitude", Double.toString(longitude));
        return logged(
                userId, deliver(event(userId, "user_send_location", message)), "location", null, latitude, longitude);
    }

    /** The user follows the OA (again): Zalo carries the OA's messages to them. */
    public int follow(String userId) {
        unfollowed.remove(userId);
        return deliver(followEvent(userId, "follow"));
    }

    /** The user stops following the OA: sends to them get -213 until they follow again. */
    public int unfollow(String userId) {
        unfollowed.add(userId);
        return deliver(followEvent(userId, "unfollow"));
    }

    /** The body of a follow or unfollow event, as Zalo posts it (a follower, no message). */
    public String followEvent(String userId, String eventName) {
        ObjectNode event = JSON.createObjectNode()
                .put("app_id", APP_ID)
                .put("event_name", eventName)
                .put("timestamp", Long.toString(System.currentTimeMillis()))
                .put("source", "oa_follow");
        event.putObject("follower").put("id", userId);
        event.putObject("oa_id").put("id", "sandbox-oa");
        return event.toString();
    }

    /** The user's Zalo display name, as the OA API's user detail gives it. */
    public void name(String userId, String displayName) {
        names.put(userId, displayName);
    }

    /** How often the app asked for this user's profile. */
    public int profileCalls(String userId) {
        AtomicInteger calls = profileCalls.get(userId);
        return calls == null ? 0 : calls.get();
    }

    /** The next sends to this user are refused with these Zalo error codes, one each. */
    public void refuseNext(String userId, int... errors) {
        Queue<Integer> queue = refusals.computeIfAbsent(userId, u -> new ConcurrentLinkedQueue<>());
        for (int error : errors) {
            queue.add(error);
        }
    }

    /** What the user sent goes into their chat when the app took it. */
    private int logged(String userId, int status, String kind, String text, Double latitude, Double longitude) {
        if (status == 200) {
            line(userId, false, kind, text, latitude, longitude);
        }
        return status;
    }

    private void line(String userId, boolean fromOa, String kind, String text, Double latitude, Double longitude) {
        chats.computeIfAbsent(userId, u -> new CopyOnWriteArrayList<>())
                .add(new Line(lineIds.incrementAndGet(), fromOa, kind, text, latitude, longitude));
    }

    /** The user's chat with the OA after line {@code after}, in order. */
    public List<Line> chatOf(String userId, long after) {
        return chats.getOrDefault(userId, List.of()).stream()
                .filter(l -> l.id() > after)
                .toList();
    }

    /** The body of a user's event, signed by {@link #deliver}. */
    public String event(String userId, String eventName, ObjectNode message) {
        message.put("msg_id", "sandbox-msg-" + messageIds.incrementAndGet());
        ObjectNode event = JSON.createObjectNode()
                .put("app_id", APP_ID)
                .put("user_id_by_app", "app-" + userId)
                .put("event_name", eventName)
                .put("timestamp", Long.toString(System.currentTimeMillis()));
        event.putObject("sender").put("id", userId);
        event.putObject("recipient").put("id", "sandbox-oa");
        event.set("message", message);
        return event.toString();
    }

    /** Posts an event to the app, signed as Zalo signs it; returns the app's HTTP status. */
    public int deliver(String body) {
        JsonNode event = read(body);
        String signature = ZaloSignature.of(
                event.path("app_id").asText(), body, event.path("timestamp").asText(), OA_SECRET_KEY);
        return post(body, signature);
    }

    /** Posts a body with the given signature header (none when null); returns the app's HTTP status. */
    public int post(String body, String signature) {
        String url = webhookUrl;
        if (url == null) {
            throw new IllegalStateException("The app's webhook URL is not known yet");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header(ZaloSignature.HEADER, signature);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    // --- what the OA sent, and faults to play ----------------------------------------------

    /** Every message the OA sent to this user, in order. */
    public List<String> messagesTo(String userId) {
        List<String> texts = new ArrayList<>();
        for (Sent s : sent) {
            if (s.userId().equals(userId)) {
                texts.add(s.text());
            }
        }
        return texts;
    }

    /** The user has not written for 7 days (true) or wrote again (false): sends to them get -230. */
    public void outOfWindow(String userId, boolean out) {
        if (out) {
            silent.add(userId);
        } else {
            silent.remove(userId);
        }
    }

    /** Every access token issued so far stops working (-216), as when one lapses. */
    public void expireAccessTokens() {
        liveAccess.clear();
    }

    /** Slows the token endpoint down, so that concurrent refreshes overlap. */
    public void tokenDelay(Duration delay) {
        this.tokenDelay = delay;
    }

    public int tokenCalls() {
        return tokenCalls.get();
    }

    /** Refresh requests refused because their refresh token was used before or never issued. */
    public int refusedRefreshes() {
        return refusedRefreshes.get();
    }

    /** Messages refused, for any reason (-230, a bad token, a bad body). */
    public int refusedSends() {
        return refusedSends.get();
    }

    // --- HTTP ------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if ("POST".equals(exchange.getRequestMethod()) && path.equals("/v3.0/oa/message/cs")) {
                reply(exchange, 200, message(exchange.getRequestHeaders().getFirst("access_token"), body));
            } else if ("GET".equals(exchange.getRequestMethod()) && path.equals("/v3.0/oa/user/detail")) {
                reply(exchange, 200, userDetail(exchange.getRequestHeaders().getFirst("access_token"), exchange));
            } else if ("POST".equals(exchange.getRequestMethod()) && path.equals("/v4/oa/access_token")) {
                reply(exchange, 200, token(exchange.getRequestHeaders().getFirst("secret_key"), body));
            } else if ("GET".equals(exchange.getRequestMethod()) && path.startsWith("/files/")) {
                byte[] file = files.get(path.substring("/files/".length()));
                if (file == null) {
                    reply(exchange, 404, error(-404, "not found"));
                } else {
                    exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
                    exchange.sendResponseHeaders(200, file.length);
                    exchange.getResponseBody().write(file);
                }
            } else {
                reply(exchange, 404, error(-404, "not found"));
            }
        } catch (IOException e) {
            log.debug("Zalo stand-in could not answer a client that left: {}", e.toString());
        } catch (RuntimeException e) {
            log.warn("Zalo stand-in failed on a {} request", exchange.getRequestMethod(), e);
        }
    }

    private ObjectNode message(String accessToken, byte[] body) {
        if (accessToken == null || !liveAccess.contains(accessToken)) {
            refusedSends.incrementAndGet();
            return error(-216, "Access token is invalid");
        }
        JsonNode request = read(new String(body, StandardCharsets.UTF_8));
        String userId = request.path("recipient").path("user_id").asText("");
        String text = request.path("message").path("text").asText("");
        if (userId.isEmpty() || text.isEmpty() || text.length() > 2000) {
            refusedSends.incrementAndGet();
            return error(-201, "Parameters are invalid");
        }
        Integer planned = refusals.getOrDefault(userId, new LinkedList<>()).poll();
        if (planned != null) {
            refusedSends.incrementAndGet();
            return error(planned, "Refused as the test asked (" + planned + ")");
        }
        if (unfollowed.contains(userId)) {
            refusedSends.incrementAndGet();
            return error(-213, "User has not followed OA");
        }
        if (silent.contains(userId)) {
            refusedSends.incrementAndGet();
            return error(OUT_OF_WINDOW, "User has not interacted with the OA in the past 7 days");
        }
        sent.add(new Sent(userId, text));
        line(userId, true, "text", text, null, null);
        ObjectNode answer = error(0, "Success");
        answer.putObject("data")
                .put("message_id", Long.toHexString(messageIds.incrementAndGet()))
                .put("user_id", userId);
        return answer;
    }

    /** {@code ?data={"user_id":"…"}}: the user's profile, as Zalo's v3 user detail answers it. */
    private ObjectNode userDetail(String accessToken, HttpExchange exchange) {
        if (accessToken == null || !liveAccess.contains(accessToken)) {
            return error(-216, "Access token is invalid");
        }
        String query = exchange.getRequestURI().getRawQuery();
        String data = query == null ? "" : form(query).getOrDefault("data", "");
        String userId = read(data).path("user_id").asText("");
        profileCalls.computeIfAbsent(userId, u -> new AtomicInteger()).incrementAndGet();
        String name = names.get(userId);
        if (userId.isEmpty() || name == null) {
            return error(-201, "user_id is invalid");
        }
        ObjectNode answer = error(0, "Success");
        ObjectNode user = answer.putObject("data")
                .put("user_id", userId)
                .put("user_id_by_app", "app-" + userId)
                .put("display_name", name)
                .put("user_is_follower", !unfollowed.contains(userId))
                .put("avatar", baseUrl() + "/files/avatar-" + userId + ".jpg");
        user.putObject("avatars")
                .put("120", baseUrl() + "/files/avatar-" + userId + "-120.jpg")
                .put("240", baseUrl() + "/files/avatar-" + userId + "-240.jpg");
        return answer;
    }

    private ObjectNode token(String secretKey, byte[] body) {
        tokenCalls.incrementAndGet();
        sleep(tokenDelay);
        Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
        if (!APP_SECRET.equals(secretKey)
                || !APP_ID.equals(form.get("app_id"))
                || !"refresh_token".equals(form.get("grant_type"))) {
            return error(-14002, "Invalid app or secret key");
        }
        String refresh = form.getOrDefault("refresh_token", "");
        synchronized (this) {
            adoptAfterRestart(refresh);
            if (!liveRefresh.remove(refresh)) {
                refusedRefreshes.incrementAndGet();
                return error(usedRefresh.contains(refresh) ? -14014 : -14015, "Invalid refresh token");
            }
            usedRefresh.add(refresh);
            issued++;
            String access = "sandbox-access-" + issued;
            String next = REFRESH_PREFIX + (issued + 1);
            liveRefresh.add(next);
            liveAccess.add(access);
            return JSON.createObjectNode()
                    .put("access_token", access)
                    .put("refresh_token", next)
                    .put("expires_in", "90000");
        }
    }

    /**
     * Zalo keeps the tokens it issued; this stand-in lives in memory and starts again with the
     * app, while the sandbox database keeps the pair the last run was given. A fresh stand-in
     * offered a refresh token of its own shape takes it as the live one (as Zalo would), so the
     * sandbox's Zalo chat keeps answering after a restart instead of failing every refresh.
     */
    private void adoptAfterRestart(String refresh) {
        if (issued > 0 || !usedRefresh.isEmpty() || !refresh.startsWith(REFRESH_PREFIX)) {
            return;
        }
        try {
            int number = Integer.parseInt(refresh.substring(REFRESH_PREFIX.length()));
            if (number > 1) {
                liveRefresh.remove(FIRST_REFRESH_TOKEN);
                liveRefresh.add(refresh);
                issued = number - 1;
            }
        } catch (NumberFormatException e) {
            // not one of ours: refused below like any unknown token
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static ObjectNode error(int code, String message) {
        return JSON.createObjectNode().put("error", code).put("message", message);
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static void reply(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(Duration d) {
        if (!d.isZero()) {
            try {
                Thread.sleep(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
