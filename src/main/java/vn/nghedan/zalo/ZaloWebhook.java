package vn.nghedan.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Zalo delivers the OA's events. The signature is checked on the raw body before anything
 * else; a signed event is stored (once per message id: a resent event is not stored again) and
 * answered 200 at once, Zalo wanting an answer within 2 seconds. {@link ZaloProcessor} handles it
 * afterwards, in order per person.
 */
@RestController
class ZaloWebhook {

    static final String PATH = "/zalo/webhook";
    /** Zalo's events are a few kB; a body larger than this is not one. */
    private static final int MAX_BODY_BYTES = 1 << 20;

    private static final Logger log = LoggerFactory.getLogger(ZaloWebhook.class);
    private final ObjectMapper json = new ObjectMapper();
    private final ObjectProvider<ZaloEndpoint> endpoint;
    private final ZaloEvents events;
    private final ZaloProcessor processor;

    ZaloWebhook(ObjectProvider<ZaloEndpoint> endpoint, ZaloEvents events, ZaloProcessor processor) {
        this.endpoint = endpoint;
        this.events = events;
        this.processor = processor;
    }

    @PostMapping(PATH)
    ResponseEntity<Map<String, String>> receive(
            @RequestHeader(name = ZaloSignature.HEADER, required = false) String signature,
            @RequestBody(required = false) byte[] body) {
        ZaloEndpoint zalo = endpoint.getIfAvailable();
        if (zalo == null) {
            return refuse(HttpStatus.NOT_FOUND, "not_found", "no Zalo channel is configured");
        }
        if (body == null || body.length == 0 || body.length > MAX_BODY_BYTES) {
            return refuse(HttpStatus.UNAUTHORIZED, "unauthorized", "missing or bad " + ZaloSignature.HEADER);
        }
        String raw = new String(body, StandardCharsets.UTF_8);
        JsonNode event = parse(raw);
        String appId = event == null ? null : text(event.get("app_id"));
        String timestamp = event == null ? null : text(event.get("timestamp"));
        if (signature == null
                || !ZaloSignature.verify(signature, appId, raw, timestamp, zalo.oaSecretKey())
                || !zalo.appId().equals(appId)) {
            return refuse(HttpStatus.UNAUTHORIZED, "unauthorized", "missing or bad " + ZaloSignature.HEADER);
        }
        try {
            events.store(event, raw);
        } catch (RuntimeException e) {
            // Not stored: Zalo delivers it again after a non-2xx answer.
            log.warn("Zalo event not stored, Zalo will retry: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, "1")
                    .body(Map.of("error", "unavailable", "message", "the event could not be stored; retry"));
        }
        processor.wake();
        return ResponseEntity.ok(Map.of());
    }

    private JsonNode parse(String raw) {
        try {
            JsonNode node = json.readTree(raw);
            return node != null && node.isObject() ? node : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** A value as the body wrote it: Zalo sends the timestamp sometimes as a string, sometimes a number. */
    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    private static ResponseEntity<Map<String, String>> refuse(HttpStatus status, String error, String message) {
        return ResponseEntity.status(status).body(Map.of("error", error, "message", message));
    }
}
