package vn.nghedan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a reply_markup's inline keyboard with Telegram's checks; the trap it guards is callback_data
 * over 64 bytes — a Vietnamese word takes two or three bytes a letter.
 */
final class InlineKeyboard {

    static final int MAX_CALLBACK_DATA_BYTES = 64;

    private InlineKeyboard() {}

    /** The buttons row by row; empty for no markup or a reply keyboard (which has no callback data). */
    static List<List<SentMessage.Button>> buttons(JsonNode replyMarkup) {
        if (replyMarkup == null || !replyMarkup.has("inline_keyboard")) {
            return List.of();
        }
        JsonNode keyboard = replyMarkup.get("inline_keyboard");
        if (!keyboard.isArray()) {
            throw BotApiError.badRequest("can't parse inline keyboard");
        }
        List<List<SentMessage.Button>> rows = new ArrayList<>();
        for (JsonNode row : keyboard) {
            if (!row.isArray()) {
                throw BotApiError.badRequest("can't parse inline keyboard row");
            }
            List<SentMessage.Button> buttons = new ArrayList<>();
            row.forEach(button -> buttons.add(button(button)));
            rows.add(buttons);
        }
        return rows;
    }

    private static SentMessage.Button button(JsonNode json) {
        String label = json.path("text").asText("");
        if (label.isEmpty()) {
            throw BotApiError.badRequest("can't parse inline keyboard button: Text must be non-empty");
        }
        String data =
                json.hasNonNull("callback_data") ? json.get("callback_data").asText() : null;
        String url = json.hasNonNull("url") ? json.get("url").asText() : null;
        if (data != null) {
            int bytes = data.getBytes(StandardCharsets.UTF_8).length;
            if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) {
                throw BotApiError.badRequest("BUTTON_DATA_INVALID");
            }
        } else if (json.size() < 2) {
            // Besides text a button needs one action: callback_data, url, web_app, …
            throw BotApiError.badRequest(
                    "can't parse inline keyboard button: InlineKeyboardButton must have exactly one optional field");
        }
        return new SentMessage.Button(label, data, url);
    }
}
