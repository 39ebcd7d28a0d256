package vn.nghedan.sandbox;

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
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox's Zalo users: write to the OA as a Zalo user (the stand-in posts the signed event to
 * the app) and read what the OA wrote back. A user id is any name of 1-32 letters and digits.
 */
@RestController
@Conditional(NoZaloSettingsCondition.class)
@RequestMapping("/sandbox/api/zalo/{userId}")
class SandboxZaloController {

    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final ZaloStandIn zalo;

    SandboxZaloController(ZaloStandIn zalo) {
        this.zalo = zalo;
    }

    record TextInput(String text) {}

    @PostMapping("/text")
    ResponseEntity<Map<String, Object>> text(
            @PathVariable String userId, @RequestBody(required = false) TextInput input) {
        if (!USER.matcher(userId).matches()) {
            return bad("userId", "userId: 1-32 letters, digits, _ or -");
        }
        if (input == null
                || input.text() == null
                || input.text().isBlank()
                || input.text().length() > 2000) {
            return bad("text", "text: 1-2000 characters");
        }
        int status = zalo.sendText(userId, input.text());
        return ResponseEntity.ok(Map.of("webhookStatus", status));
    }

    @GetMapping("/messages")
    ResponseEntity<Map<String, Object>> messages(@PathVariable String userId) {
        if (!USER.matcher(userId).matches()) {
            return bad("userId", "userId: 1-32 letters, digits, _ or -");
        }
        List<String> texts = zalo.messagesTo(userId);
        return ResponseEntity.ok(Map.of("messages", texts));
    }

    private static ResponseEntity<Map<String, Object>> bad(String field, String message) {
        return ResponseEntity.badRequest().body(Map.of("error", "bad_request", "message", message, "field", field));
    }
}
