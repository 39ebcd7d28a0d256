package vn.nghedan.sandbox;

import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's flood limits as the Bot FAQ states them: about 30 messages a second overall and about
 * one a second to a chat, with a short burst tolerated. Token buckets: a full bucket allows the
 * burst, and it refills at the steady rate. A refused send consumes nothing.
 */
final class TelegramRateLimits {

    static final double OVERALL_PER_SECOND = 30;
    static final double OVERALL_BURST = 30;
    static final double PER_CHAT_PER_SECOND = 1;
    static final double PER_CHAT_BURST = 3;

    /** Why a send was refused, and for how long. */
    record Refusal(boolean overall, int retryAfterSeconds) {}

    private static final class Bucket {
        final double capacity;
        final double perSecond;
        double tokens;
        long updatedNanos;

        Bucket(double capacity, double perSecond, long now) {
            this.capacity = capacity;
            this.perSecond = perSecond;
            this.tokens = capacity;
            this.updatedNanos = now;
        }

        void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - updatedNanos) / 1e9 * perSecond);
            updatedNanos = now;
        }

        int secondsUntilToken() {
            return (int) Math.max(1, Math.ceil((1 - tokens) / perSecond));
        }
    }

    private final Map<Long, Bucket> perChat = new HashMap<>();
    private Bucket overall;

    /** Takes one token from the overall and the chat's bucket, or answers why it may not. */
    synchronized Refusal tryAcquire(Long chatId, long nowNanos) {
        if (overall == null) {
            overall = new Bucket(OVERALL_BURST, OVERALL_PER_SECOND, nowNanos);
        }
        overall.refill(nowNanos);
        if (overall.tokens < 1) {
            return new Refusal(true, overall.secondsUntilToken());
        }
        Bucket chat = chatId == null
                ? null
                : perChat.computeIfAbsent(chatId, id -> new Bucket(PER_CHAT_BURST, PER_CHAT_PER_SECOND, nowNanos));
        if (chat != null) {
            chat.refill(nowNanos);
            if (chat.tokens < 1) {
                return new Refusal(false, chat.secondsUntilToken());
            }
            chat.tokens--;
        }
        overall.tokens--;
        return null;
    }

    synchronized void clear() {
        perChat.clear();
        overall = null;
    }
}
