package vn.nghedan.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a {@link BotApiStandIn} on a loopback port, speaking HTTP as the Bot API does: {@code POST
 * /bot<token>/<method>} with a JSON, multipart or form body, and {@code GET
 * /file/bot<token>/<file_path>} for downloads. The token is part of every path, so paths are never
 * logged.
 */
public final class StandInServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StandInServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CALL_PREFIX = "/bot";
    private static final String FILE_PREFIX = "/file/bot";

    static {
        noDelay();
    }

    /**
     * The JDK server writes headers and body in two packets; with Nagle's algorithm on, each small
     * answer then waits for the client's delayed ACK (~40 ms on Linux loopback): 25 calls/s a
     * connection instead of thousands. Read once, when the first JDK HttpServer starts: every
     * stand-in calls this before it creates its server (the Zalo stand-in, started first, made the
     * Bot API stand-in of the same JVM ten times slower until it did).
     */
    static void noDelay() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final BotApiStandIn standIn;
    private final String token;
    private final HttpServer server;
    private final ExecutorService executor;
    /** The pool's threads, so that closing can wait until each has ended, not only its task. */
    private final Set<Thread> threads;

    private final AtomicBoolean closed = new AtomicBoolean();
    /** Requests being answered: closing lets those it released finish writing their answer. */
    private final Set<HttpExchange> answering = ConcurrentHashMap.newKeySet();

    private StandInServer(
            BotApiStandIn standIn, String token, HttpServer server, ExecutorService executor, Set<Thread> threads) {
        this.standIn = standIn;
        this.token = token;
        this.server = server;
        this.executor = executor;
        this.threads = threads;
    }

    /** Starts serving on 127.0.0.1 at {@code port}; 0 picks a free one. */
    public static StandInServer start(BotApiStandIn standIn, String token, int port) {
        return start(standIn, token, port, false);
    }

    /**
     * Starts serving at {@code port}: on 127.0.0.1 only, so no other machine can reach it, or on
     * every interface when {@code everyInterface} (NGHEDAN_SANDBOX_PUBLIC=true).
     */
    public static StandInServer start(BotApiStandIn standIn, String token, int port, boolean everyInterface) {
        try {
            InetSocketAddress address = everyInterface
                    ? new InetSocketAddress(port)
                    : new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port);
            HttpServer server = HttpServer.create(address, 256);
            // A cached pool: held long polls each keep a thread while sends go on beside them.
            Set<Thread> threads = ConcurrentHashMap.newKeySet();
            ExecutorService executor = new ThreadPoolExecutor(
                    0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), daemonThreads(threads));
            StandInServer standInServer = new StandInServer(standIn, token, server, executor, threads);
            server.createContext("/", standInServer::handle);
            server.setExecutor(executor);
            server.start();
            return standInServer;
        } catch (IOException e) {
            throw new UncheckedIOException("Bot API stand-in could not listen on port " + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL a client is given, without the {@code /bot<token>} part. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Answers held polls, stops listening and ends every thread of the server. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        Set<HttpExchange> released = Set.copyOf(answering);
        standIn.releaseHeldPolls();
        standIn.stopWebhookDelivery();
        awaitAnswered(released);
        server.stop(0);
        executor.shutdownNow();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            for (Thread thread : threads) {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long stuck = threads.stream().filter(Thread::isAlive).count();
        if (stuck > 0) {
            log.warn("Bot API stand-in: {} threads did not end within 5 s", stuck);
        }
    }

    /**
     * Waits (2 s at most) until the released polls have written their empty answer: cut off
     * mid-answer, a bot's last poll would fail and log an error while it stops cleanly.
     */
    private void awaitAnswered(Set<HttpExchange> released) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        try {
            while (released.stream().anyMatch(answering::contains) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) {
        answering.add(exchange);
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith(FILE_PREFIX)) {
                serveFile(exchange, path.substring(FILE_PREFIX.length()));
            } else if (path.startsWith(CALL_PREFIX)) {
                answerCall(exchange, path.substring(CALL_PREFIX.length()));
            } else {
                reply(exchange, ApiAnswer.error(BotApiError.notFound()));
            }
        } catch (IOException e) {
            // The client went away: a killed bot, a poll answered after its client gave up.
            log.debug("Bot API stand-in could not answer a client that left: {}", e.toString());
        } catch (RuntimeException e) {
            // Never the path in a log line: it holds the token.
            log.warn("Bot API stand-in failed on a {} request", exchange.getRequestMethod(), e);
        } finally {
            answering.remove(exchange);
        }
    }

    private void answerCall(HttpExchange exchange, String tokenAndMethod) throws IOException {
        int slash = tokenAndMethod.indexOf('/');
        if (slash < 0) {
            reply(exchange, ApiAnswer.error(BotApiError.notFound()));
        } else if (!tokenAndMethod.substring(0, slash).equals(token)) {
            reply(exchange, ApiAnswer.error(BotApiError.unauthorized()));
        } else {
            Optional<Params> params = paramsOf(exchange);
            reply(
                    exchange,
                    params.map(p -> standIn.call(tokenAndMethod.substring(slash + 1), p))
                            .orElseGet(() -> ApiAnswer.error(BotApiError.badRequest("can't parse request body"))));
        }
    }

    private void serveFile(HttpExchange exchange, String tokenAndPath) throws IOException {
        int slash = tokenAndPath.indexOf('/');
        Optional<byte[]> bytes = slash < 0 || !tokenAndPath.substring(0, slash).equals(token)
                ? Optional.empty()
                : standIn.download(tokenAndPath.substring(slash + 1));
        if (bytes.isEmpty()) {
            reply(exchange, ApiAnswer.error(BotApiError.notFound()));
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, bytes.get().length);
        exchange.getResponseBody().write(bytes.get());
    }

    /** The call's parameters from the query string and the body; empty when the body is malformed. */
    private static Optional<Params> paramsOf(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type"))
                .orElse("")
                .toLowerCase(Locale.ROOT);
        ObjectNode values = JSON.createObjectNode();
        Map<String, UploadedFile> files = new HashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            FormUrlEncoded.putInto(values, query);
        }
        try {
            if (contentType.startsWith("application/json") && body.length > 0) {
                JsonNode json = JSON.readTree(body);
                if (!json.isObject()) {
                    return Optional.empty();
                }
                values.setAll((ObjectNode) json);
            } else if (contentType.startsWith("multipart/form-data")) {
                String boundary =
                        MultipartForm.boundary(exchange.getRequestHeaders().getFirst("Content-Type"));
                for (MultipartForm.Part part : MultipartForm.parse(body, boundary)) {
                    if (part.fileName() != null) {
                        files.put(part.name(), new UploadedFile(part.fileName(), part.content()));
                    } else {
                        values.put(part.name(), new String(part.content(), StandardCharsets.UTF_8));
                    }
                }
            } else if (contentType.startsWith("application/x-www-form-urlencoded")) {
                FormUrlEncoded.putInto(values, new String(body, StandardCharsets.UTF_8));
            }
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(new Params(values, files));
    }

    private static void reply(HttpExchange exchange, ApiAnswer answer) throws IOException {
        byte[] body = JSON.writeValueAsBytes(answer.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.httpStatus(), body.length);
        exchange.getResponseBody().write(body);
    }

    private static ThreadFactory daemonThreads(Set<Thread> live) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "bot-api-stand-in-" + count.incrementAndGet());
            thread.setDaemon(true);
            live.removeIf(old -> !old.isAlive()); // idle threads end after 60 s: forget them
            live.add(thread);
            return thread;
        };
    }
}
