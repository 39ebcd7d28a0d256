package vn.nghedan.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.nghedan.conversation.Inbound;

/**
 * What a Zalo event says, in the conversation's terms. Text, images, files and locations are as
 * on Telegram; a number answering a numbered choice is a button press (the token looked up on the
 * server); following the OA is {@code /start}. Zalo gives no name or language with an event: the
 * conversation starts in Vietnamese, and the name is the one Zalo's profile gave ({@link
 * ZaloProfiles}), if any.
 */
final class ZaloTranslator {

    private static final Pattern NUMBER = Pattern.compile("\\s*(\\d{1,3})\\s*[.)]?\\s*");

    private ZaloTranslator() {}

    /** Looks up the token of a numbered choice. */
    interface Choices {
        Optional<String> tokenFor(long chatId, int number);
    }

    static Inbound translate(long chat, String eventName, JsonNode event, String name, Choices choices) {
        JsonNode message = event.path("message");
        String text = textOf(message);
        JsonNode attachment = message.path("attachments").path(0);
        JsonNode payload = attachment.path("payload");
        return switch (eventName) {
            case "follow" -> Inbound.text(chat, chat, name, "vi", "/start");
            case "user_send_text" -> {
                Matcher m = NUMBER.matcher(text == null ? "" : text);
                if (m.matches()) {
                    Optional<String> token = choices.tokenFor(chat, Integer.parseInt(m.group(1)));
                    if (token.isPresent()) {
                        yield Inbound.button(chat, chat, name, "vi", null, token.get());
                    }
                }
                yield Inbound.text(chat, chat, name, "vi", text);
            }
            case "user_send_image" -> file(chat, name, Inbound.Type.PHOTO, text, payload, "PHOTO", null);
            case "user_send_file" ->
                file(chat, name, Inbound.Type.DOCUMENT, null, payload, "DOCUMENT", textOf(payload.path("name")));
            case "user_send_location" -> {
                JsonNode at = payload.path("coordinates");
                Double lat = number(at.path("latitude"));
                Double lon = number(at.path("longitude"));
                yield lat == null || lon == null
                        ? other(chat, name)
                        : new Inbound(chat, chat, name, "vi", Inbound.Type.LOCATION, null, null, null, null, lat, lon);
            }
            default -> other(chat, name);
        };
    }

    /**
     * A file Zalo keeps at a URL: the URL is its channel-neutral reference, downloaded into the
     * data folder like a Telegram file ({@link ZaloFiles}); the URL is also what says it is the
     * same file again.
     */
    private static Inbound file(
            long chat, String name, Inbound.Type type, String caption, JsonNode payload, String kind, String fileName) {
        String url = textOf(payload.path("url"));
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            return other(chat, name);
        }
        Long size =
                payload.path("size").canConvertToLong() ? payload.path("size").asLong() : null;
        return new Inbound(
                chat,
                chat,
                name,
                "vi",
                type,
                caption,
                null,
                null,
                new Inbound.FileRef(url, kind, fileName, size, url.length() > 200 ? url.substring(0, 200) : url),
                null,
                null);
    }

    private static Inbound other(long chat, String name) {
        return new Inbound(chat, chat, name, "vi", Inbound.Type.OTHER, null, null, null, null, null, null);
    }

    private static String textOf(JsonNode node) {
        JsonNode text = node.isObject() ? node.path("text") : node;
        return text.isTextual() && !text.asText().isBlank() ? text.asText() : null;
    }

    /** Zalo writes coordinates as strings. */
    private static Double number(JsonNode node) {
        try {
            double d = Double.parseDouble(node.asText(""));
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
