package vn.nghedan.conversation;

import java.util.Locale;

/**
 * One thing a person did in a private chat, in no messenger's terms: typed, pressed a button,
 * sent a photo, a file, a voice note, a location or a contact.
 */
public record Inbound(
        long chatId,
        long userId,
        String displayName,
        String languageCode,
        Type type,
        String text,
        String callbackQueryId,
        String callbackData,
        FileRef file,
        Double latitude,
        Double longitude) {

    public enum Type {
        TEXT,
        BUTTON,
        PHOTO,
        DOCUMENT,
        VOICE,
        LOCATION,
        CONTACT,
        /** Stickers, GIFs, polls and the like: answered politely, never filed. */
        OTHER,
        /** A message the person changed after sending it: what came first was already taken. */
        EDITED
    }

    /** The person changed a text they had sent; {@code text} is the new wording. */
    public static Inbound edited(long chatId, long userId, String name, String lang, String text) {
        return new Inbound(chatId, userId, name, lang, Type.EDITED, text, null, null, null, null, null);
    }

    /**
     * A file the messenger holds for us; {@code kind} is PHOTO, DOCUMENT or VOICE; {@code uniqueId}
     * is the same for the same file sent again (Telegram's file_unique_id).
     */
    public record FileRef(String fileId, String kind, String fileName, Long size, String uniqueId) {}

    public static Inbound text(long chatId, long userId, String name, String lang, String text) {
        return new Inbound(chatId, userId, name, lang, Type.TEXT, text, null, null, null, null, null);
    }

    public static Inbound button(long chatId, long userId, String name, String lang, String queryId, String data) {
        return new Inbound(chatId, userId, name, lang, Type.BUTTON, null, queryId, data, null, null, null);
    }

    /** True for text that starts with a slash command such as {@code /start} or {@code /start@bot K1}. */
    public boolean isCommand() {
        return type == Type.TEXT
                && text != null
                && text.startsWith("/")
                && text.length() > 1
                && Character.isLetter(text.charAt(1));
    }

    /** The command without slash or {@code @botname}, lower case; empty when not a command. */
    public String command() {
        if (!isCommand()) {
            return "";
        }
        String head = text.strip().split("\\s+", 2)[0].substring(1);
        int at = head.indexOf('@');
        return (at >= 0 ? head.substring(0, at) : head).toLowerCase(Locale.ROOT);
    }

    /** What follows the command, trimmed; empty when nothing. */
    public String commandArgument() {
        if (!isCommand()) {
            return "";
        }
        String[] parts = text.strip().split("\\s+", 2);
        return parts.length > 1 ? parts[1].strip() : "";
    }
}
