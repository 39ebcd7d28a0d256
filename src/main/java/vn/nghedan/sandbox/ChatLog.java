package vn.nghedan.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Both sides of every chat: the bot's messages in their latest state and what people sent. Hands out
 * message ids (one counter per chat, shared by both sides, as in Telegram) and wakes waiters on
 * every change.
 */
final class ChatLog {

    /** Builds a message once its id and revision are known. */
    interface MessageFactory {
        SentMessage make(int messageId, long revision);
    }

    private static final class Chat {
        int lastMessageId;
        long revision;
        final TreeMap<Integer, SentMessage> sent = new TreeMap<>();
        final TreeMap<Integer, InboundMessage> inbound = new TreeMap<>();
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<Long, Chat> chats = new HashMap<>();

    InboundMessage addInbound(long chatId, long fromId, String summary) {
        lock.lock();
        try {
            Chat chat = chat(chatId);
            InboundMessage message =
                    new InboundMessage(chatId, ++chat.lastMessageId, fromId, summary, Instant.now(), ++chat.revision);
            chat.inbound.put(message.messageId(), message);
            changed.signalAll();
            return message;
        } finally {
            lock.unlock();
        }
    }

    /** Replaces what a person's earlier message says (they edited it); empty for an unknown id. */
    Optional<InboundMessage> editInbound(long chatId, int messageId, String summary) {
        lock.lock();
        try {
            Chat chat = chat(chatId);
            InboundMessage edited = chat.inbound.computeIfPresent(
                    messageId,
                    (id, old) -> new InboundMessage(chatId, id, old.fromId(), summary, old.sentAt(), ++chat.revision));
            changed.signalAll();
            return Optional.ofNullable(edited);
        } finally {
            lock.unlock();
        }
    }

    SentMessage addSent(long chatId, MessageFactory factory) {
        lock.lock();
        try {
            Chat chat = chat(chatId);
            SentMessage message = factory.make(++chat.lastMessageId, ++chat.revision);
            chat.sent.put(message.messageId(), message);
            changed.signalAll();
            return message;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Applies an edit or deletion to a live message of the bot; {@code change} may refuse with a
     * {@link BotApiError}, and {@code ifMissing} is thrown for an unknown or deleted message.
     */
    SentMessage change(
            long chatId,
            int messageId,
            BiFunction<SentMessage, Long, SentMessage> change,
            Supplier<BotApiError> ifMissing) {
        lock.lock();
        try {
            Chat chat = chat(chatId);
            SentMessage current = chat.sent.get(messageId);
            if (current == null || current.deleted()) {
                throw ifMissing.get();
            }
            SentMessage changedMessage = change.apply(current, chat.revision + 1);
            chat.revision++;
            chat.sent.put(messageId, changedMessage);
            changed.signalAll();
            return changedMessage;
        } finally {
            lock.unlock();
        }
    }

    Optional<SentMessage> find(long chatId, int messageId) {
        lock.lock();
        try {
            Chat chat = chats.get(chatId);
            return chat == null ? Optional.empty() : Optional.ofNullable(chat.sent.get(messageId));
        } finally {
            lock.unlock();
        }
    }

    List<SentMessage> messagesTo(long chatId) {
        lock.lock();
        try {
            Chat chat = chats.get(chatId);
            return chat == null ? List.of() : List.copyOf(chat.sent.values());
        } finally {
            lock.unlock();
        }
    }

    List<SentMessage> allMessages() {
        lock.lock();
        try {
            List<SentMessage> all = new ArrayList<>();
            chats.values().forEach(chat -> all.addAll(chat.sent.values()));
            all.sort(Comparator.comparing(SentMessage::sentAt)
                    .thenComparing(SentMessage::chatId)
                    .thenComparing(SentMessage::messageId));
            return all;
        } finally {
            lock.unlock();
        }
    }

    List<InboundMessage> inbound(long chatId) {
        lock.lock();
        try {
            Chat chat = chats.get(chatId);
            return chat == null ? List.of() : List.copyOf(chat.inbound.values());
        } finally {
            lock.unlock();
        }
    }

    long revision(long chatId) {
        lock.lock();
        try {
            Chat chat = chats.get(chatId);
            return chat == null ? 0 : chat.revision;
        } finally {
            lock.unlock();
        }
    }

    /** The first message to the chat, already there or yet to come, that matches. */
    SentMessage await(long chatId, Predicate<SentMessage> matches, Duration timeout) {
        return waitFor(
                chatId,
                () -> messagesTo(chatId).stream().filter(matches).findFirst(),
                timeout,
                () -> "No message to chat " + chatId + " matched within " + timeout);
    }

    List<SentMessage> awaitCount(long chatId, int count, Duration timeout) {
        return waitFor(
                chatId,
                () -> Optional.of(messagesTo(chatId)).filter(messages -> messages.size() >= count),
                timeout,
                () -> "Chat " + chatId + " did not get " + count + " messages within " + timeout + " (it has "
                        + messagesTo(chatId).size() + ")");
    }

    /** Both sides of the chat in message-id order, one line each: for failure messages. */
    String transcript(long chatId) {
        lock.lock();
        try {
            Chat chat = chats.get(chatId);
            if (chat == null) {
                return "(chat " + chatId + " is empty)";
            }
            TreeMap<Integer, String> lines = new TreeMap<>();
            chat.sent.values().forEach(message -> lines.put(message.messageId(), message.describe()));
            chat.inbound.values().forEach(message -> lines.put(message.messageId(), message.describe()));
            return String.join("\n", lines.values());
        } finally {
            lock.unlock();
        }
    }

    /** Forgets every message but keeps the id counters, so ids never repeat within a run. */
    void clear() {
        lock.lock();
        try {
            chats.values().forEach(chat -> {
                chat.sent.clear();
                chat.inbound.clear();
                chat.revision++;
            });
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private <T> T waitFor(long chatId, Supplier<Optional<T>> check, Duration timeout, Supplier<String> failure) {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                Optional<T> found = check.get();
                if (found.isPresent()) {
                    return found.get();
                }
                if (remaining <= 0) {
                    throw new AssertionError(failure.get() + ". Transcript of chat " + chatId + ":\n"
                            + transcript(chatId) + "\nChats with messages: " + chatIds());
                }
                remaining = changed.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting: " + failure.get(), e);
        } finally {
            lock.unlock();
        }
    }

    private List<Long> chatIds() {
        return chats.entrySet().stream()
                .filter(entry -> !entry.getValue().sent.isEmpty()
                        || !entry.getValue().inbound.isEmpty())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private Chat chat(long chatId) {
        return chats.computeIfAbsent(chatId, id -> new Chat());
    }
}
