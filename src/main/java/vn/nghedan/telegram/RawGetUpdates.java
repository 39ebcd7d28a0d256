package vn.nghedan.telegram;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * A getUpdates poll that also keeps each update's JSON exactly as Telegram sent it, for the inbox
 * to store. The inbox stored the library's {@link Update} written back to JSON: in FilingBenchmark
 * that serialising was a third of the polling thread's work (a button press carries the whole
 * message it belongs to, keyboard and all). Cutting the answer's text at each update's braces
 * costs one pass of the tokenizer. The library still parses the answer as before (its errors,
 * its {@code Update} objects); an update whose JSON could not be cut out is serialised as before.
 */
final class RawGetUpdates extends GetUpdates {

    private static final JsonFactory TOKENS = new JsonFactory();

    /** Each update's JSON by update id, once the answer is read. */
    private transient Map<Integer, String> json = Map.of();

    RawGetUpdates(int offset, int limit, int timeout, List<String> allowedUpdates) {
        super(offset, limit, timeout, allowedUpdates);
    }

    @Override
    public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
        ArrayList<Update> updates = super.deserializeResponse(answer);
        json = cut(answer, updates);
        return updates;
    }

    /** The JSON of an update of this poll's answer, or null if it was not cut out. */
    String jsonOf(Update update) {
        return update.getUpdateId() == null ? null : json.get(update.getUpdateId());
    }

    /** The text of each element of {@code result}, matched to the parsed updates in order. */
    private static Map<Integer, String> cut(String answer, List<Update> updates) {
        List<String> parts = new ArrayList<>(updates.size());
        try (JsonParser p = TOKENS.createParser(answer)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Map.of();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (!"result".equals(field) || value != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    int start = (int) p.currentTokenLocation().getCharOffset();
                    p.skipChildren();
                    int end = (int) p.currentLocation().getCharOffset();
                    parts.add(answer.substring(start, end));
                }
                break;
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        if (parts.size() != updates.size()) {
            return Map.of();
        }
        Map<Integer, String> byId = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Integer id = updates.get(i).getUpdateId();
            if (id != null) {
                byId.put(id, parts.get(i));
            }
        }
        return byId;
    }
}
