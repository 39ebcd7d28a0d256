package vn.nghedan.notification;

/** Delivers one message to one chat; implemented by a channel such as Telegram. */
public interface MessageTransport {

    SendResult send(long chatId, Outgoing message);

    /** How a delivery attempt ended. */
    sealed interface SendResult {

        record Sent(Long messageId) implements SendResult {}

        /** 429: nothing may be sent for this many seconds. */
        record RetryAfter(int seconds) implements SendResult {}

        /** 403: the person blocked the bot or cannot be reached; stop sending to this chat. */
        record Unreachable(String description) implements SendResult {}

        /** 400 and alike: this message will never go through as it is. */
        record Rejected(String description) implements SendResult {}

        /** 5xx, network: worth another try later. */
        record Failed(String description) implements SendResult {}
    }
}
