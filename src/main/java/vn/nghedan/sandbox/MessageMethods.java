package vn.nghedan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The Bot API methods that put messages into a chat or change them, with Telegram's checks. */
final class MessageMethods {

    static final int MAX_TEXT = 4096;
    static final int MAX_CAPTION = 1024;
    private static final String ATTACH = "attach://";

    private final ChatLog chats;
    private final FileStore files;

    MessageMethods(ChatLog chats, FileStore files) {
        this.chats = chats;
        this.files = files;
    }

    JsonNode sendMessage(Params params) {
        long chatId = params.requiredChatId();
        String text = messageText(params);
        List<List<SentMessage.Button>> buttons = buttons(params);
        return send(chatId, SentMessage.Kind.TEXT, text, buttons, null, null, null);
    }

    JsonNode sendDocument(Params params) {
        return sendFile(params, "document", "documents", SentMessage.Kind.DOCUMENT);
    }

    JsonNode sendPhoto(Params params) {
        return sendFile(params, "photo", "photos", SentMessage.Kind.PHOTO);
    }

    JsonNode sendLocation(Params params) {
        long chatId = params.requiredChatId();
        SentMessage.Location location = new SentMessage.Location(latitude(params), longitude(params));
        List<List<SentMessage.Button>> buttons = buttons(params);
        return send(chatId, SentMessage.Kind.LOCATION, null, buttons, null, location, null);
    }

    JsonNode sendVenue(Params params) {
        long chatId = params.requiredChatId();
        SentMessage.Venue venue = new SentMessage.Venue(
                latitude(params), longitude(params), params.requiredText("title"), params.requiredText("address"));
        List<List<SentMessage.Button>> buttons = buttons(params);
        return send(chatId, SentMessage.Kind.VENUE, null, buttons, null, null, venue);
    }

    /** Replaces the text; without a reply_markup Telegram removes the inline keyboard. */
    JsonNode editMessageText(Params params) {
        long chatId = params.requiredChatId();
        int messageId = params.requiredInt("message_id");
        String text = messageText(params);
        List<List<SentMessage.Button>> buttons = buttons(params);
        return TelegramJson.of(chats.change(
                chatId,
                messageId,
                (current, revision) -> {
                    if (current.kind() != SentMessage.Kind.TEXT) {
                        throw BotApiError.badRequest("there is no text in the message to edit");
                    }
                    refuseUnchanged(current, text, buttons);
                    return current.withChange(text, buttons, Instant.now(), revision);
                },
                () -> BotApiError.badRequest("message to edit not found")));
    }

    JsonNode editMessageReplyMarkup(Params params) {
        long chatId = params.requiredChatId();
        int messageId = params.requiredInt("message_id");
        List<List<SentMessage.Button>> buttons = buttons(params);
        return TelegramJson.of(chats.change(
                chatId,
                messageId,
                (current, revision) -> {
                    refuseUnchanged(current, current.text(), buttons);
                    return current.withChange(current.text(), buttons, Instant.now(), revision);
                },
                () -> BotApiError.badRequest("message to edit not found")));
    }

    JsonNode deleteMessage(Params params) {
        long chatId = params.requiredChatId();
        int messageId = params.requiredInt("message_id");
        chats.change(
                chatId,
                messageId,
                (current, revision) -> current.asDeleted(revision),
                () -> BotApiError.badRequest("message to delete not found"));
        return BooleanNode.TRUE;
    }

    private JsonNode sendFile(Params params, String field, String folder, SentMessage.Kind kind) {
        long chatId = params.requiredChatId();
        FileStore.StoredFile file = fileOf(params, field, folder);
        String caption = caption(params);
        List<List<SentMessage.Button>> buttons = buttons(params);
        return send(chatId, kind, caption, buttons, file.attachment(), null, null);
    }

    private JsonNode send(
            long chatId,
            SentMessage.Kind kind,
            String text,
            List<List<SentMessage.Button>> buttons,
            SentMessage.Attachment attachment,
            SentMessage.Location location,
            SentMessage.Venue venue) {
        return TelegramJson.of(chats.addSent(
                chatId,
                (messageId, revision) -> new SentMessage(
                        chatId,
                        messageId,
                        kind,
                        text,
                        buttons,
                        attachment,
                        location,
                        venue,
                        Instant.now(),
                        null,
                        false,
                        revision)));
    }

    /**
     * The file a send names: an upload in the field itself, or {@code attach://<part>} naming another
     * part (how TelegramBots uploads), or the file_id of a file sent before. URLs are not fetched here.
     */
    private FileStore.StoredFile fileOf(Params params, String field, String folder) {
        String reference = params.text(field);
        UploadedFile upload = reference != null && reference.startsWith(ATTACH)
                ? params.file(reference.substring(ATTACH.length()))
                : params.file(field);
        if (upload != null) {
            return files.add(folder, upload.fileName(), upload.bytes());
        }
        if (reference == null || reference.isEmpty()) {
            throw BotApiError.badRequest("there is no " + field + " in the request");
        }
        return files.byId(reference)
                .orElseThrow(() -> BotApiError.badRequest("wrong file identifier/HTTP URL specified"));
    }

    private static String messageText(Params params) {
        String text = visible(params.text("text"), params.text("parse_mode"));
        if (text == null || text.isBlank()) {
            throw BotApiError.badRequest("message text is empty");
        }
        if (text.length() > MAX_TEXT) {
            throw BotApiError.badRequest("message is too long");
        }
        return text;
    }

    private static String caption(Params params) {
        String caption = visible(params.text("caption"), params.text("parse_mode"));
        if (caption != null && caption.length() > MAX_CAPTION) {
            throw BotApiError.badRequest("message caption is too long");
        }
        return caption;
    }

    /** What the reader sees; other parse modes than HTML are kept as sent. */
    private static String visible(String text, String parseMode) {
        return text != null && "HTML".equalsIgnoreCase(parseMode) ? HtmlText.visibleText(text) : text;
    }

    private static List<List<SentMessage.Button>> buttons(Params params) {
        return InlineKeyboard.buttons(params.object("reply_markup", "reply keyboard markup"));
    }

    private static double latitude(Params params) {
        double latitude = params.requiredDouble("latitude");
        if (latitude < -90 || latitude > 90) {
            throw BotApiError.badRequest("wrong latitude");
        }
        return latitude;
    }

    private static double longitude(Params params) {
        double longitude = params.requiredDouble("longitude");
        if (longitude < -180 || longitude > 180) {
            throw BotApiError.badRequest("wrong longitude");
        }
        return longitude;
    }

    private static void refuseUnchanged(SentMessage current, String text, List<List<SentMessage.Button>> buttons) {
        if (Objects.equals(current.text(), text) && current.buttons().equals(buttons)) {
            throw BotApiError.badRequest("message is not modified: specified new message content and reply markup"
                    + " are exactly the same as a current content and reply markup of the message");
        }
    }
}
