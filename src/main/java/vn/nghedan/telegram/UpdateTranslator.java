package vn.nghedan.telegram;

import java.util.Comparator;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import vn.nghedan.conversation.Inbound;

/** Turns a Telegram update into what the conversation understands, or says why it is ignored. */
final class UpdateTranslator {

    private UpdateTranslator() {}

    sealed interface Translation {}

    record Private(Inbound inbound) implements Translation {}

    /** A message in a group or channel: the bot serves private chats only. */
    record Group(long chatId) implements Translation {}

    record Ignored(String reason) implements Translation {}

    static Long chatIdOf(Update u) {
        if (u.hasMessage()) {
            return u.getMessage().getChatId();
        }
        if (u.hasCallbackQuery()) {
            MaybeInaccessibleMessage m = u.getCallbackQuery().getMessage();
            return m != null ? m.getChatId() : u.getCallbackQuery().getFrom().getId();
        }
        if (u.hasEditedMessage()) {
            return u.getEditedMessage().getChatId();
        }
        if (u.hasChannelPost()) {
            return u.getChannelPost().getChatId();
        }
        return null;
    }

    static Translation translate(Update u) {
        if (u.hasMessage()) {
            return message(u.getMessage());
        }
        if (u.hasCallbackQuery()) {
            return callback(u.getCallbackQuery());
        }
        if (u.hasEditedMessage()) {
            return edited(u.getEditedMessage());
        }
        return new Ignored("unsupported update");
    }

    /**
     * Edits are not followed (what was sent first was already answered), but a person who corrects
     * a text in a private chat is told so; a caption's or a group's edit is left alone.
     */
    private static Translation edited(Message m) {
        User from = m.getFrom();
        if (m.getChat() == null
                || m.getChatId() == null
                || !"private".equals(m.getChat().getType())
                || from == null
                || Boolean.TRUE.equals(from.getIsBot())
                || !m.hasText()) {
            return new Ignored("edited message");
        }
        return new Private(
                Inbound.edited(m.getChatId(), from.getId(), name(from), from.getLanguageCode(), m.getText()));
    }

    private static Translation message(Message m) {
        if (m.getChat() == null || m.getChatId() == null) {
            return new Ignored("no chat");
        }
        if (!"private".equals(m.getChat().getType())) {
            return new Group(m.getChatId());
        }
        User from = m.getFrom();
        if (from == null || Boolean.TRUE.equals(from.getIsBot())) {
            return new Ignored("no person");
        }
        long chat = m.getChatId();
        String name = name(from);
        String lang = from.getLanguageCode();
        String caption = m.getCaption();
        if (m.hasText()) {
            return new Private(Inbound.text(chat, from.getId(), name, lang, m.getText()));
        }
        if (m.hasPhoto()) {
            PhotoSize largest = m.getPhoto().stream()
                    .max(Comparator.comparing(p -> p.getFileSize() == null ? 0 : p.getFileSize()))
                    .orElse(m.getPhoto().get(m.getPhoto().size() - 1));
            return file(
                    chat,
                    from,
                    name,
                    lang,
                    Inbound.Type.PHOTO,
                    caption,
                    new Inbound.FileRef(
                            largest.getFileId(),
                            "PHOTO",
                            "photo.jpg",
                            toLong(largest.getFileSize()),
                            largest.getFileUniqueId()));
        }
        if (m.hasDocument()) {
            var d = m.getDocument();
            return file(
                    chat,
                    from,
                    name,
                    lang,
                    Inbound.Type.DOCUMENT,
                    caption,
                    new Inbound.FileRef(
                            d.getFileId(), "DOCUMENT", d.getFileName(), d.getFileSize(), d.getFileUniqueId()));
        }
        if (m.hasVoice()) {
            var v = m.getVoice();
            return file(
                    chat,
                    from,
                    name,
                    lang,
                    Inbound.Type.VOICE,
                    caption,
                    new Inbound.FileRef(v.getFileId(), "VOICE", "voice.ogg", v.getFileSize(), v.getFileUniqueId()));
        }
        if (m.hasLocation()) {
            return new Private(new Inbound(
                    chat,
                    from.getId(),
                    name,
                    lang,
                    Inbound.Type.LOCATION,
                    null,
                    null,
                    null,
                    null,
                    m.getLocation().getLatitude(),
                    m.getLocation().getLongitude()));
        }
        if (m.hasContact()) {
            return new Private(new Inbound(
                    chat,
                    from.getId(),
                    name,
                    lang,
                    Inbound.Type.CONTACT,
                    m.getContact().getPhoneNumber(),
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        return new Private(
                new Inbound(chat, from.getId(), name, lang, Inbound.Type.OTHER, null, null, null, null, null, null));
    }

    private static Translation file(
            long chat, User from, String name, String lang, Inbound.Type type, String caption, Inbound.FileRef ref) {
        return new Private(new Inbound(chat, from.getId(), name, lang, type, caption, null, null, ref, null, null));
    }

    private static Translation callback(CallbackQuery q) {
        User from = q.getFrom();
        if (from == null) {
            return new Ignored("callback without a person");
        }
        MaybeInaccessibleMessage m = q.getMessage();
        long chat = m != null && m.getChatId() != null ? m.getChatId() : from.getId();
        if (chat < 0) {
            return new Group(chat);
        }
        return new Private(Inbound.button(
                chat,
                from.getId(),
                name(from),
                from.getLanguageCode(),
                q.getId(),
                q.getData() == null ? "" : q.getData()));
    }

    private static String name(User from) {
        String first = from.getFirstName() == null ? "" : from.getFirstName();
        String last = from.getLastName() == null ? "" : " " + from.getLastName();
        return (first + last).strip();
    }

    private static Long toLong(Integer i) {
        return i == null ? null : i.longValue();
    }
}
