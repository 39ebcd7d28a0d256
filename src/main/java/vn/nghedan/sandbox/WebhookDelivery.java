package vn.nghedan.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers queued updates to the webhook the bot set, the way Telegram does: a POST of the
 * update's JSON with the secret in {@code X-Telegram-Bot-Api-Secret-Token}; an update stays queued
 * until the webhook answers 2xx, and a failed delivery (any other status, or no answer) is retried
 * with growing pauses. One delivery at a time, in update_id order — within Telegram's
 * max_connections, and the order a single connection would see.
 */
final class WebhookDelivery {

    /** One delivery and what the webhook answered; status 0 when it did not answer at all. */
    record Attempt(long updateId, int status, Instant at) {}

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration FIRST_RETRY = Duration.ofMillis(50);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(2);

    private final UpdateQueue updates;
    private final URI url;
    private final String secret;
    private final List<Attempt> attempts;
    private final Thread thread;
    private volatile boolean running = true;

    WebhookDelivery(UpdateQueue updates, String url, String secret, List<Attempt> attempts) {
        this.updates = updates;
        this.url = URI.create(url);
        this.secret = secret;
        this.attempts = attempts;
        this.thread = new Thread(this::deliver, "bot-api-stand-in-webhook");
        this.thread.setDaemon(true);
    }

    static List<Attempt> newAttemptLog() {
        return new CopyOnWriteArrayList<>();
    }

    void start() {
        thread.start();
    }

    void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver() {
        Duration pause = FIRST_RETRY;
        while (running) {
            try {
                ObjectNode update = updates.awaitFirst(Duration.ofSeconds(1));
                if (update == null) {
                    continue;
                }
                long updateId = update.get("update_id").asLong();
                int status = post(update);
                // Confirmed before it is logged: whoever sees a 2xx in the log sees it confirmed.
                if (status >= 200 && status < 300) {
                    updates.confirm(updateId);
                }
                attempts.add(new Attempt(updateId, status, Instant.now()));
                if (status >= 200 && status < 300) {
                    pause = FIRST_RETRY;
                } else {
                    Thread.sleep(pause.toMillis());
                    pause = pause.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : pause.multipliedBy(2);
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** HttpURLConnection rather than HttpClient: on Java 17 the latter's thread outlives a stop. */
    private int post(ObjectNode update) {
        HttpURLConnection connection = null;
        try {
            byte[] body = JSON.writeValueAsBytes(update);
            connection = (HttpURLConnection) url.toURL().openConnection();
            connection.setConnectTimeout(5000);
            connection.setReadTimeout(30_000);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            if (secret != null && !secret.isEmpty()) {
                connection.setRequestProperty(SECRET_HEADER, secret);
            }
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            drain(status < 400 ? connection.getInputStream() : connection.getErrorStream());
            return status;
        } catch (IOException e) {
            log.debug("Webhook delivery failed: {}", e.toString());
            return 0;
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    private static void drain(InputStream in) throws IOException {
        if (in != null) {
            try (in) {
                in.readAllBytes();
            }
        }
    }
}
