package vn.nghedan.notification;

import vn.nghedan.resident.Messenger;

/**
 * Delivers one message to one chat; implemented by a channel such as Telegram. The outbox hands
 * each row to the transport of its chat key's channel ({@link Transports}).
 */
public interface MessageTransport {

    /** The channel this transport delivers on. */
    Messenger messenger();

    SendResult send(long chatId, Outgoing message);

    /** How a delivery attempt ended. */
    sealed interface SendResult {

        record Sent(Long messageId) implements SendResult {}

        /** 429: nothing may be sent for this many seconds. */
        record RetryAfter(int seconds) implements SendResult {}

        /**
         * 403 (or Zalo's -230, out of the 7-day window): the person blocked the bot or cannot be
         * reached; stop sending to this chat.
         */
        record Unreachable(String description) implements SendResult {}

        /** 400 and alike: this message will never go through as it is. */
        record Rejected(String description) implements SendResult {}

        /** 5xx, network: worth another try later. */
        record Failed(String description) implements SendResult {}
    }
}
