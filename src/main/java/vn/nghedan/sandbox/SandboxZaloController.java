package vn.nghedan.sandbox;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The web chat's Zalo users: write to the OA as a Zalo user (the stand-in posts the signed event
 * to the app's webhook) and read the chat, in the shape the page reads a Telegram chat in. A user
 * id is any name of 1-32 letters, digits, _ or -. The page sends the persona's name along: the
 * stand-in gives it as the user's Zalo profile, which the app looks up when they first write.
 */
@RestController
@Conditional(NoZaloSettingsCondition.class)
@RequestMapping("/sandbox/api/zalo/{userId}")
class SandboxZaloController {

    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final long MAX_PHOTO_BYTES = 10L * 1024 * 1024;

    private final ZaloStandIn zalo;

    SandboxZaloController(ZaloStandIn zalo) {
        this.zalo = zalo;
    }

    record TextInput(String text, String name) {}

    record LocationInput(Double latitude, Double longitude, String name) {}

    /** A line as the page shows a message: Zalo's chat has no buttons, edits or files to fetch. */
    record Entry(
            long messageId,
            boolean fromBot,
            String kind,
            String text,
            Double latitude,
            Double longitude,
            List<Object> buttons,
            boolean edited,
            boolean deleted) {}

    record Page(List<Entry> messages, long revision) {}

    @GetMapping("/messages")
    ResponseEntity<?> messages(@PathVariable String userId, @RequestParam(defaultValue = "0") long after) {
        if (!USER.matcher(userId).matches()) {
            return badUser();
        }
        List<Entry> entries = zalo.chatOf(userId, after).stream()
                .map(l -> new Entry(
                        l.id(),
                        l.fromOa(),
                        // The page fetches a photo of a Telegram chat by its id; here it is named.
                        l.kind().equals("photo") ? "text" : l.kind(),
                        l.kind().equals("photo") && l.text() == null ? "📷 (ảnh)" : l.text(),
                        l.latitude(),
                        l.longitude(),
                        List.of(),
                        false,
                        false))
                .toList();
        return ResponseEntity.ok(new Page(entries, 0));
    }

    @PostMapping("/text")
    ResponseEntity<Map<String, Object>> text(
            @PathVariable String userId, @RequestBody(required = false) TextInput input) {
        if (!USER.matcher(userId).matches()) {
            return badUser();
        }
        if (input == null
                || input.text() == null
                || input.text().isBlank()
                || input.text().length() > 2000) {
            return bad("text", "text: 1-2000 characters");
        }
        named(userId, input.name());
        return delivered(zalo.sendText(userId, input.text()));
    }

    @PostMapping("/location")
    ResponseEntity<Map<String, Object>> location(
            @PathVariable String userId, @RequestBody(required = false) LocationInput input) {
        if (!USER.matcher(userId).matches()) {
            return badUser();
        }
        if (input == null
                || input.latitude() == null
                || input.longitude() == null
                || Math.abs(input.latitude()) > 90
                || Math.abs(input.longitude()) > 180) {
            return bad("latitude", "latitude (-90..90) and longitude (-180..180): required");
        }
        named(userId, input.name());
        return delivered(zalo.sendLocation(userId, input.latitude(), input.longitude()));
    }

    @PostMapping("/photo")
    ResponseEntity<Map<String, Object>> photo(
            @PathVariable String userId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "name", required = false) String name)
            throws IOException {
        if (!USER.matcher(userId).matches()) {
            return badUser();
        }
        if (file == null || file.isEmpty() || file.getSize() > MAX_PHOTO_BYTES) {
            return bad("file", "file: a photo of at most 10 MB");
        }
        named(userId, name);
        return delivered(zalo.sendImage(userId, file.getBytes(), null));
    }

    /** The persona's name becomes the user's Zalo display name (at most 100 characters). */
    private void named(String userId, String name) {
        if (name != null && !name.isBlank() && name.length() <= 100) {
            zalo.name(userId, name.strip());
        }
    }

    private static ResponseEntity<Map<String, Object>> delivered(int webhookStatus) {
        return ResponseEntity.ok(Map.of("webhookStatus", webhookStatus));
    }

    private static ResponseEntity<Map<String, Object>> badUser() {
        return bad("userId", "userId: 1-32 letters, digits, _ or -");
    }

    private static ResponseEntity<Map<String, Object>> bad(String field, String message) {
        return ResponseEntity.badRequest().body(Map.of("error", "bad_request", "message", message, "field", field));
    }
}
