package vn.nghedan.sandbox;

import java.time.Instant;

/**
 * Something a person sent to the bot through an injected update, kept beside the bot's messages so
 * a transcript (and the web chat) shows both sides. Message ids are shared with the bot's messages
 * in the same chat, as in Telegram, so ordering by id interleaves the two.
 *
 * @param summary the text, or a short description such as "[photo] caption"
 */
public record InboundMessage(long chatId, int messageId, long fromId, String summary, Instant sentAt, long revision) {

    String describe() {
        return "user #" + messageId + " (" + fromId + ") " + summary.replace("\n", "⏎");
    }
}
