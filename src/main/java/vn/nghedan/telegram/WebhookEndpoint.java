package vn.nghedan.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where Telegram delivers updates in webhook mode. A request must carry the secret given to
 * setWebhook (compared in constant time); the update is stored in the inbox — the same
 * insert-or-ignore on update_id as polling, so a redelivery is stored once — and answered 200
 * at once. The inbox processor handles it afterwards, in update order.
 */
@RestController
@ConditionalOnProperty(name = TelegramProperties.MODE_PROPERTY, havingValue = TelegramProperties.WEBHOOK)
class WebhookEndpoint {

    static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Telegram's updates are a few kB; a body larger than this is not one. */
    private static final int MAX_BODY_BYTES = 1 << 20;

    private static final Logger log = LoggerFactory.getLogger(WebhookEndpoint.class);

    /** Jackson 2: TelegramBots' Update (Jacksonized builders) does not parse with Boot's Jackson 3. */
    private final ObjectMapper json = new ObjectMapper();

    private final byte[] secretDigest;
    private final UpdateInbox inbox;
    private final InboxProcessor processor;
    private final Counter received;

    WebhookEndpoint(TelegramProperties properties, UpdateInbox inbox, InboxProcessor processor, MeterRegistry meters) {
        this.secretDigest = digest(properties.webhookSecret());
        this.inbox = inbox;
        this.processor = processor;
        this.received = Counter.builder(UpdateInbox.RECEIVED_METER).register(meters);
    }

    @PostMapping(PATH)
    ResponseEntity<Map<String, String>> receive(
            @RequestHeader(name = SECRET_HEADER, required = false) String secret,
            @RequestBody(required = false) byte[] body) {
        if (secret == null || !MessageDigest.isEqual(secretDigest, digest(secret))) {
            return refuse(HttpStatus.FORBIDDEN, "forbidden", "wrong or missing " + SECRET_HEADER);
        }
        Update update = parse(body);
        if (update == null) {
            return refuse(HttpStatus.BAD_REQUEST, "bad_update", "the body is not a Telegram update");
        }
        try {
            inbox.store(List.of(update));
        } catch (Exception e) {
            // Not stored: Telegram delivers it again after a non-2xx answer.
            log.warn("Update {} not stored, Telegram will retry: {}", update.getUpdateId(), e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, "1")
                    .body(Map.of("error", "unavailable", "message", "the update could not be stored; retry"));
        }
        received.increment();
        processor.wake();
        return ResponseEntity.ok().build();
    }

    private Update parse(byte[] body) {
        if (body == null || body.length == 0 || body.length > MAX_BODY_BYTES) {
            return null;
        }
        try {
            Update update = json.readValue(body, Update.class);
            return update == null || update.getUpdateId() == null ? null : update;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static ResponseEntity<Map<String, String>> refuse(HttpStatus status, String error, String message) {
        return ResponseEntity.status(status).body(Map.of("error", error, "message", message));
    }

    /**
     * Both sides are hashed before the comparison, so it takes the same time whatever the length
     * of what was sent ({@link MessageDigest#isEqual} alone returns early on a length mismatch).
     */
    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
