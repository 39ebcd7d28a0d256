package vn.nghedan.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The parameters of one call, however they came: a JSON body, or the text and file parts of a
 * multipart form (where numbers and objects arrive as strings). Accessors coerce the way Telegram
 * does — {@code "chat_id":"42"} is the number 42 — and answer a missing or malformed value with
 * Telegram's 400.
 */
final class Params {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode values;
    private final Map<String, UploadedFile> files;

    Params(ObjectNode values, Map<String, UploadedFile> files) {
        this.values = values;
        this.files = Map.copyOf(files);
    }

    static Params json(String json) {
        try {
            return new Params((ObjectNode) JSON.readTree(json), Map.of());
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("not a JSON object: " + json, e);
        }
    }

    /** The parameters for the call log: values as given, each file as its name. */
    ObjectNode recorded() {
        ObjectNode copy = values.deepCopy();
        files.forEach((name, file) -> copy.put(name, file.fileName()));
        return copy;
    }

    String text(String name) {
        JsonNode value = values.get(name);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }

    String requiredText(String name) {
        String value = text(name);
        if (value == null || value.isEmpty()) {
            throw BotApiError.badRequest(name + " is empty");
        }
        return value;
    }

    /** The chat_id, or null when the call has none; a non-numeric one (an @username) is unknown here. */
    Long chatId() {
        String value = text("chat_id");
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw BotApiError.badRequest("chat not found");
        }
    }

    long requiredChatId() {
        Long chatId = chatId();
        if (chatId == null) {
            throw BotApiError.badRequest("chat_id is empty");
        }
        return chatId;
    }

    Integer optionalInt(String name) {
        String value = text(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw BotApiError.badRequest("invalid " + name);
        }
    }

    int requiredInt(String name) {
        Integer value = optionalInt(name);
        if (value == null) {
            throw BotApiError.badRequest(name + " is empty");
        }
        return value;
    }

    double requiredDouble(String name) {
        String value = requiredText(name);
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw BotApiError.badRequest("invalid " + name);
        }
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(text(name));
    }

    /** An object parameter, sent as JSON in a JSON body or as a JSON string in a form; null if absent. */
    JsonNode object(String name, String whatItIs) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            return value;
        }
        try {
            JsonNode parsed = JSON.readTree(value.asText());
            if (parsed != null && parsed.isContainerNode()) {
                return parsed;
            }
        } catch (JsonProcessingException e) {
            // answered below, as Telegram does
        }
        throw BotApiError.badRequest("can't parse " + whatItIs + " JSON object");
    }

    UploadedFile file(String name) {
        return files.get(name);
    }
}
