package vn.nghedan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A Bot API call that the stand-in answered with success.
 *
 * @param method the method name as Telegram documents it ({@code sendMessage}), whatever case the
 *     client used
 * @param chatId the call's chat_id, or null for calls without one
 * @param params the parameters as received; an uploaded file appears as its file name
 */
public record BotCall(String method, Long chatId, JsonNode params, Instant at) {

    /** One parameter as text, or null when absent. */
    public String param(String name) {
        JsonNode value = params.get(name);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }
}
