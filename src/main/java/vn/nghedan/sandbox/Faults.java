package vn.nghedan.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What goes wrong on purpose: planned failures, blocked chats, latency and Telegram's flood limits —
 * and a watch on whether the bot waits out a 429's retry_after before it writes again.
 */
final class Faults {

    /** Methods that write into a chat: blocking, flood limits and the retry_after watch apply to them. */
    static final Set<String> CHAT_WRITES = Set.of(
            "sendMessage",
            "sendDocument",
            "sendPhoto",
            "sendLocation",
            "sendVenue",
            "editMessageText",
            "editMessageReplyMarkup");

    private static final class PlannedFailure {
        final String method;
        int remaining;
        final BotApiError error;

        PlannedFailure(String method, int count, BotApiError error) {
            this.method = method;
            this.remaining = count;
            this.error = error;
        }

        boolean appliesTo(String calledMethod) {
            // "*" spares getUpdates: the poll runs all the time and would use up failures meant for sends.
            return method.equals("*") ? !calledMethod.equals("getUpdates") : method.equalsIgnoreCase(calledMethod);
        }
    }

    /** A running retry_after: writes to its chat (or anywhere, for an overall one) must wait. */
    private record Ban(long untilNanos, Instant until) {}

    private final List<PlannedFailure> planned = new LinkedList<>();
    private final Set<Long> blockedChats = ConcurrentHashMap.newKeySet();
    private final TelegramRateLimits rateLimits = new TelegramRateLimits();
    private volatile boolean rateLimited;
    private volatile Duration latency = Duration.ZERO;

    private final Map<Long, Ban> chatBans = new HashMap<>();
    private Ban overallBan;
    private final List<RetryAfterViolation> violations = new ArrayList<>();

    synchronized void failNext(String method, int count, int errorCode, String description, Integer retryAfter) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        planned.add(new PlannedFailure(method, count, new BotApiError(errorCode, description, retryAfter)));
    }

    void blockChat(long chatId) {
        blockedChats.add(chatId);
    }

    void unblockChat(long chatId) {
        blockedChats.remove(chatId);
    }

    void latency(Duration latency) {
        this.latency = latency;
    }

    void rateLimits(boolean on) {
        rateLimited = on;
    }

    /** Holds the answer back by the configured latency. */
    void delay() {
        Duration wait = latency;
        if (!wait.isZero()) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Throws the error this call is to get, if any; {@code method} is the documented name. */
    synchronized void check(String method, Long chatId) {
        long now = System.nanoTime();
        boolean chatWrite = CHAT_WRITES.contains(method);
        if (chatWrite) {
            watchRetryAfter(method, chatId, now);
        }
        BotApiError plannedError = takePlannedFailure(method);
        if (plannedError != null) {
            if (plannedError.retryAfter() != null) {
                ban(chatId, plannedError.retryAfter(), now);
            }
            throw plannedError;
        }
        if (chatId != null && blockedChats.contains(chatId)) {
            throw BotApiError.blockedByUser();
        }
        if (chatWrite && rateLimited) {
            TelegramRateLimits.Refusal refusal = rateLimits.tryAcquire(chatId, now);
            if (refusal != null) {
                ban(refusal.overall() ? null : chatId, refusal.retryAfterSeconds(), now);
                throw BotApiError.tooManyRequests(refusal.retryAfterSeconds());
            }
        }
    }

    synchronized List<RetryAfterViolation> violations() {
        return List.copyOf(violations);
    }

    synchronized void clear() {
        planned.clear();
        blockedChats.clear();
        rateLimits.clear();
        rateLimited = false;
        latency = Duration.ZERO;
        chatBans.clear();
        overallBan = null;
        violations.clear();
    }

    private BotApiError takePlannedFailure(String method) {
        Iterator<PlannedFailure> failures = planned.iterator();
        while (failures.hasNext()) {
            PlannedFailure failure = failures.next();
            if (failure.appliesTo(method)) {
                if (--failure.remaining == 0) {
                    failures.remove();
                }
                return failure.error;
            }
        }
        return null;
    }

    private void ban(Long chatId, int seconds, long now) {
        Ban ban = new Ban(
                now + Duration.ofSeconds(seconds).toNanos(), Instant.now().plusSeconds(seconds));
        if (chatId == null) {
            overallBan = ban;
        } else {
            chatBans.put(chatId, ban);
        }
    }

    private void watchRetryAfter(String method, Long chatId, long now) {
        Ban chatBan = chatId == null ? null : chatBans.get(chatId);
        Ban broken = isRunning(overallBan, now) ? overallBan : isRunning(chatBan, now) ? chatBan : null;
        if (broken != null) {
            violations.add(new RetryAfterViolation(method, chatId, Instant.now(), broken.until()));
        }
    }

    private static boolean isRunning(Ban ban, long now) {
        return ban != null && now < ban.untilNanos();
    }
}
