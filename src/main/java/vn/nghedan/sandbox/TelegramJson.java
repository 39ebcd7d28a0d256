package vn.nghedan.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLConnection;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Telegram-shaped JSON objects: users, chats, messages, files — as the Bot API documents them. */
final class TelegramJson {

    static final long BOT_ID = 123456;
    static final String BOT_USERNAME = "nghe_dan_sandbox_bot";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern COMMAND = Pattern.compile("^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?");

    private TelegramJson() {}

    static ObjectNode botUser() {
        return NODES.objectNode()
                .put("id", BOT_ID)
                .put("is_bot", true)
                .put("first_name", "Nghe Dân")
                .put("username", BOT_USERNAME)
                .put("can_join_groups", false)
                .put("can_read_all_group_messages", false)
                .put("supports_inline_queries", false);
    }

    static ObjectNode user(TelegramUser user) {
        ObjectNode json =
                NODES.objectNode().put("id", user.id()).put("is_bot", false).put("first_name", user.firstName());
        if (user.languageCode() != null) {
            json.put("language_code", user.languageCode());
        }
        if (user.username() != null) {
            json.put("username", user.username());
        }
        return json;
    }

    static ObjectNode privateChat(TelegramUser user) {
        ObjectNode json = NODES.objectNode()
                .put("id", user.id())
                .put("first_name", user.firstName())
                .put("type", "private");
        if (user.username() != null) {
            json.put("username", user.username());
        }
        return json;
    }

    static ObjectNode namedChat(long chatId, String title, String type) {
        return NODES.objectNode().put("id", chatId).put("title", title).put("type", type);
    }

    /** The chat of a message the bot sent: a negative id is a group, as in Telegram. */
    static ObjectNode chatOf(long chatId) {
        return NODES.objectNode().put("id", chatId).put("type", chatId < 0 ? "group" : "private");
    }

    /** A message skeleton: id, sender (null for a channel post), chat and date. */
    static ObjectNode message(int messageId, ObjectNode from, ObjectNode chat, Instant date) {
        ObjectNode message = NODES.objectNode().put("message_id", messageId);
        if (from != null) {
            message.set("from", from);
        }
        message.set("chat", chat);
        message.put("date", date.getEpochSecond());
        return message;
    }

    /** Sets the text, marking a leading /command with a bot_command entity as Telegram does. */
    static ObjectNode withText(ObjectNode message, String text) {
        message.put("text", text);
        Matcher command = COMMAND.matcher(text);
        if (command.find()) {
            message.putArray("entities")
                    .addObject()
                    .put("offset", 0)
                    .put("length", command.end())
                    .put("type", "bot_command");
        }
        return message;
    }

    /** A message of the bot in its current state, as sendMessage and friends answer it. */
    static ObjectNode of(SentMessage sent) {
        ObjectNode message = message(sent.messageId(), botUser(), chatOf(sent.chatId()), sent.sentAt());
        if (sent.editedAt() != null) {
            message.put("edit_date", sent.editedAt().getEpochSecond());
        }
        switch (sent.kind()) {
            case TEXT -> message.put("text", sent.text());
            case DOCUMENT -> message.set("document", document(sent.attachment()));
            case PHOTO -> message.set("photo", photoSizes(sent.attachment()));
            case LOCATION ->
                message.set(
                        "location",
                        location(sent.location().latitude(), sent.location().longitude()));
            case VENUE -> {
                SentMessage.Venue venue = sent.venue();
                message.set("location", location(venue.latitude(), venue.longitude()));
                message.putObject("venue")
                        .put("title", venue.title())
                        .put("address", venue.address())
                        .set("location", location(venue.latitude(), venue.longitude()));
            }
        }
        if (sent.kind() != SentMessage.Kind.TEXT && sent.text() != null) {
            message.put("caption", sent.text());
        }
        if (!sent.buttons().isEmpty()) {
            message.putObject("reply_markup").set("inline_keyboard", keyboard(sent.buttons()));
        }
        return message;
    }

    static ObjectNode location(double latitude, double longitude) {
        return NODES.objectNode().put("latitude", latitude).put("longitude", longitude);
    }

    static ObjectNode document(SentMessage.Attachment file) {
        String mimeType = URLConnection.guessContentTypeFromName(file.fileName());
        return NODES.objectNode()
                .put("file_name", file.fileName())
                .put("mime_type", mimeType == null ? "application/octet-stream" : mimeType)
                .put("file_id", file.fileId())
                .put("file_unique_id", FileStore.uniqueIdOf(file.bytes()))
                .put("file_size", file.bytes().length);
    }

    /** One PhotoSize with the picture's real dimensions when the bytes are an image ImageIO reads. */
    static ArrayNode photoSizes(SentMessage.Attachment file) {
        int[] size = imageSize(file.bytes());
        ArrayNode sizes = NODES.arrayNode();
        sizes.addObject()
                .put("file_id", file.fileId())
                .put("file_unique_id", FileStore.uniqueIdOf(file.bytes()))
                .put("file_size", file.bytes().length)
                .put("width", size[0])
                .put("height", size[1]);
        return sizes;
    }

    private static ArrayNode keyboard(List<List<SentMessage.Button>> rows) {
        ArrayNode keyboard = NODES.arrayNode();
        for (List<SentMessage.Button> row : rows) {
            ArrayNode jsonRow = keyboard.addArray();
            for (SentMessage.Button button : row) {
                ObjectNode jsonButton = jsonRow.addObject().put("text", button.label());
                if (button.data() != null) {
                    jsonButton.put("callback_data", button.data());
                }
                if (button.url() != null) {
                    jsonButton.put("url", button.url());
                }
            }
        }
        return keyboard;
    }

    private static int[] imageSize(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in);
                    return new int[] {reader.getWidth(0), reader.getHeight(0)};
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException e) {
            // not an image ImageIO knows: fall through to a typical phone photo size
        }
        return new int[] {1280, 960};
    }
}
