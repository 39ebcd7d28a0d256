package vn.nghedan.support;

import java.time.Duration;
import java.util.List;
import vn.nghedan.sandbox.BotApiStandIn;
import vn.nghedan.sandbox.SentMessage;
import vn.nghedan.sandbox.TelegramUser;

/**
 * One person's private chat with the bot, driven through the Bot API stand-in the way the
 * Telegram app would: type, press a button that the bot showed, and read what comes back.
 */
public final class Chat {

    public static final Duration WAIT = Duration.ofSeconds(30);

    private final BotApiStandIn api;
    private final TelegramUser user;
    private int lastSeen;
    private int lastPressedOn;

    public Chat(BotApiStandIn api, TelegramUser user) {
        this.api = api;
        this.user = user;
        this.lastSeen = api.messagesTo(user.id()).stream()
                .mapToInt(SentMessage::messageId)
                .max()
                .orElse(0);
    }

    public static Chat of(BotApiStandIn api, long id, String name) {
        return new Chat(api, TelegramUser.of(id, name));
    }

    public TelegramUser user() {
        return user;
    }

    public long id() {
        return user.id();
    }

    public Chat send(String text) {
        api.injectText(user, text);
        return this;
    }

    /** The next message (after those already read) whose text contains the fragment. */
    public SentMessage expect(String fragment) {
        int after = lastSeen;
        SentMessage m = api.awaitMessage(
                user.id(),
                msg -> msg.messageId() > after
                        && msg.text() != null
                        && msg.text().contains(fragment),
                WAIT);
        lastSeen = m.messageId();
        return m;
    }

    /** The next message of any kind (document, location…) that the predicate accepts. */
    public SentMessage expect(java.util.function.Predicate<SentMessage> what) {
        int after = lastSeen;
        SentMessage m = api.awaitMessage(user.id(), msg -> msg.messageId() > after && what.test(msg), WAIT);
        lastSeen = m.messageId();
        return m;
    }

    /**
     * Presses the button with this label on the newest message that shows it, waiting for that
     * message if the bot has not sent it yet (only the last message read or newer ones, and only
     * newer than the last one pressed on).
     */
    public int press(String label) {
        // Not older than the last message read, nor than the last one pressed on.
        int after = Math.max(lastPressedOn, lastSeen - 1);
        SentMessage m = api.awaitMessage(
                user.id(),
                msg -> msg.messageId() > after
                        && msg.allButtons().stream().anyMatch(b -> b.label().equals(label)),
                WAIT);
        SentMessage newest = api.messagesTo(user.id()).stream()
                .filter(msg -> msg.messageId() > after
                        && msg.allButtons().stream().anyMatch(b -> b.label().equals(label)))
                .reduce((a, b) -> b)
                .orElse(m);
        lastPressedOn = newest.messageId();
        lastSeen = Math.max(lastSeen, newest.messageId());
        return api.injectCallback(user, newest.messageId(), newest.button(label).data());
    }

    /** Presses a button by its callback data on a given message (to replay old or forged presses). */
    public int pressData(int messageId, String data) {
        return api.injectCallback(user, messageId, data);
    }

    /** All messages the bot sent to this chat so far. */
    public List<SentMessage> messages() {
        return api.messagesTo(user.id());
    }

    /** Waits a moment and returns the messages that arrived after those already read. */
    public List<SentMessage> quietFor(Duration d) throws InterruptedException {
        Thread.sleep(d.toMillis());
        int after = lastSeen;
        return messages().stream().filter(m -> m.messageId() > after).toList();
    }

    /** Goes through the data notice and picks the neighbourhood (by its button label). */
    public Chat onboard(String neighbourhoodLabel) {
        send("/start");
        expect("Nghị định 13/2023");
        press("✅ Tôi đồng ý");
        expect("khóm nào");
        press(neighbourhoodLabel);
        expect("Chào mừng");
        return this;
    }
}
