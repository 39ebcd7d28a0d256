package vn.nghedan.notification;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The due rows the dispatcher read and the send workers have not finished, by lane. A worker
 * takes the next one only once it holds a send permit, so the choice is made at the moment of
 * sending: a reply that came a millisecond ago goes before every broadcast row read earlier.
 *
 * <ul>
 *   <li>Lanes in order: the first ready row of the lowest lane.
 *   <li>Fair across chats: the dispatcher hands over only a chat's first due row (the next one once
 *       that is done), so a lane is a queue of chats, each taking its turn.
 *   <li>In order within a chat: one send to a chat at a time.
 *   <li>A planned row (lanes 2 and 3) keeps {@link #SPACING} after the chat's last send, of any
 *       lane: it is passed over until then (nobody sleeps holding a permit). Telegram allows about
 *       one message a second to a chat, with short bursts: a reply (one person's pace) may burst,
 *       five status changes decided at once for one resident may not.
 * </ul>
 */
final class SendLanes {

    static final long SPACING = TimeUnit.SECONDS.toNanos(1);

    /**
     * A due row. A reply is read whole when it is found ({@code row}; with whether other rows of
     * its chat were pending then, and the {@link OutboxSignal} stamp taken before that read), so
     * the worker sends it without reading it again; other rows are read by the worker ({@code row}
     * null) just before sending, as a broadcast may wait here a while and be dropped meanwhile.
     */
    record Entry(long id, long chatId, Lane lane, OutboxRow row, boolean othersOfChat, long signalStamp) {

        Entry(long id, long chatId, Lane lane) {
            this(id, chatId, lane, null, false, 0);
        }
    }

    private final int perLane;
    private final LongSupplier ticker;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<Lane, ArrayDeque<Entry>> waiting = new EnumMap<>(Lane.class);
    /** Ids waiting or being sent: the dispatcher reads them again until they are done. */
    private final Set<Long> held = new HashSet<>();

    /**
     * Rows finished while a read of the outbox was under way, by the count of finished rows then:
     * that read may have seen them still pending, and adds none of them again (a reply read whole
     * is sent without asking the database whether it is still pending). Kept only as long as a
     * read that began before is open.
     */
    private final Map<Long, Long> finishedAt = new HashMap<>();
    /** Open reads, by the count of finished rows when each began. */
    private final TreeMap<Long, Integer> openReads = new TreeMap<>();

    private long finished;

    private final Set<Long> chatsBeingSent = new HashSet<>();
    private final Map<Long, Long> lastSentToChat = new HashMap<>();

    SendLanes(int perLane, LongSupplier ticker) {
        this.perLane = perLane;
        this.ticker = ticker;
        for (Lane lane : Lane.values()) {
            waiting.put(lane, new ArrayDeque<>());
        }
    }

    /** How many more rows of this lane may wait (the dispatcher reads no more than that). */
    int room(Lane lane) {
        lock.lock();
        try {
            return perLane - waiting.get(lane).size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * How many rows of a lane newer than {@code after} the dispatcher must read to find every row
     * that fits: the room left, plus the rows of the lane newer than that already here (waiting,
     * or being sent — counted for every lane, as they are few), which it reads again and skips.
     * Reading twice the lane's size instead re-read every row left behind in the database
     * hundreds of times a second while the workers were the bottleneck (the filing benchmark:
     * ~330 rows read per quick round, ~4 of them new).
     */
    int toRead(Lane lane, long after) {
        lock.lock();
        try {
            ArrayDeque<Entry> rows = waiting.get(lane);
            int waitingAll = 0;
            for (ArrayDeque<Entry> each : waiting.values()) {
                waitingAll += each.size();
            }
            int newer = 0;
            for (Entry e : rows) {
                if (e.id() > after) {
                    newer++;
                }
            }
            return perLane - rows.size() + newer + (held.size() - waitingAll);
        } finally {
            lock.unlock();
        }
    }

    /** Rows waiting or being sent. */
    int held() {
        lock.lock();
        try {
            return held.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Adds the rows that are not held already, as far as their lanes have room; the workers are
     * woken once for all of them. {@code read} is the mark of the read that found them ({@link
     * #beginRead}): a row finished since is not added again.
     *
     * @return how many were added
     */
    int addAll(List<Entry> entries, long read) {
        lock.lock();
        try {
            int added = 0;
            for (Entry entry : entries) {
                ArrayDeque<Entry> lane = waiting.get(entry.lane());
                if (lane.size() < perLane && !finishedSince(entry.id(), read) && held.add(entry.id())) {
                    lane.addLast(entry);
                    added++;
                }
            }
            if (added > 0) {
                changed.signalAll();
            }
            return added;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Adds rows the dispatcher read, in id order within each lane, as {@link #addAll} does, and
     * moves {@code newestRead} of each lane past every row that is here now (added, or here
     * already) up to the first row left out for want of room: the dispatcher's next quick round
     * starts after them. A row already here takes no room, so it no longer holds that mark back
     * (rows added by a full round, newer than the mark, were read again by every quick round).
     *
     * @return how many were added; {@code leftOut} tells the lanes that had a row left out
     */
    int addInOrder(List<Entry> entries, long[] newestRead, boolean[] leftOut, long read) {
        lock.lock();
        try {
            int added = 0;
            for (Entry entry : entries) {
                int n = entry.lane().ordinal();
                if (leftOut[n]) {
                    continue;
                }
                if (!held.contains(entry.id()) && !finishedSince(entry.id(), read)) {
                    ArrayDeque<Entry> lane = waiting.get(entry.lane());
                    if (lane.size() >= perLane) {
                        leftOut[n] = true;
                        continue;
                    }
                    held.add(entry.id());
                    lane.addLast(entry);
                    added++;
                }
                newestRead[n] = Math.max(newestRead[n], entry.id());
            }
            if (added > 0) {
                changed.signalAll();
            }
            return added;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until a row may be ready to send, at most {@code maxNanos}.
     *
     * @return whether one is ready (false: the time is up)
     */
    boolean awaitReady(long maxNanos) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            long deadline = ticker.getAsLong() + maxNanos;
            while (true) {
                long now = ticker.getAsLong();
                long untilReady = untilReady(now);
                if (untilReady <= 0) {
                    return true;
                }
                long wait = Math.min(untilReady, deadline - now);
                if (wait <= 0) {
                    return false;
                }
                changed.awaitNanos(wait);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The row to send now, its chat marked as being sent; null if none is ready. */
    Entry next() {
        lock.lock();
        try {
            long now = ticker.getAsLong();
            for (ArrayDeque<Entry> lane : waiting.values()) {
                for (Iterator<Entry> it = lane.iterator(); it.hasNext(); ) {
                    Entry e = it.next();
                    if (ready(e, now)) {
                        it.remove();
                        chatsBeingSent.add(e.chatId());
                        return e;
                    }
                }
            }
            return null;
        } finally {
            lock.unlock();
        }
    }

    /** A request went to the chat (one part of a row, or the whole): the spacing counts from here. */
    void sentTo(long chatId) {
        lock.lock();
        try {
            long now = ticker.getAsLong();
            if (lastSentToChat.size() > 50_000) {
                lastSentToChat.values().removeIf(at -> now - at >= SPACING);
            }
            lastSentToChat.put(chatId, now);
        } finally {
            lock.unlock();
        }
    }

    /**
     * A read of the outbox begins: rows finished from now until {@link #endRead} are not added
     * from it. Returns the mark to give the add and {@code endRead}.
     */
    long beginRead() {
        lock.lock();
        try {
            openReads.merge(finished, 1, Integer::sum);
            return finished;
        } finally {
            lock.unlock();
        }
    }

    /** The read begun at {@code read} is over (its rows added, or it failed). */
    void endRead(long read) {
        lock.lock();
        try {
            openReads.computeIfPresent(read, (mark, count) -> count == 1 ? null : count - 1);
            if (openReads.isEmpty()) {
                finishedAt.clear();
            } else {
                long oldest = openReads.firstKey();
                finishedAt.values().removeIf(at -> at <= oldest);
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean finishedSince(long id, long read) {
        Long at = finishedAt.get(id);
        return at != null && at > read;
    }

    /** The row from {@link #next()} is finished, whatever came of it: its chat is free again. */
    void done(Entry entry) {
        lock.lock();
        try {
            finished++;
            if (!openReads.isEmpty()) {
                finishedAt.put(entry.id(), finished);
            }
            held.remove(entry.id());
            chatsBeingSent.remove(entry.chatId());
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Forgets everything (the relay stopped; the rows stay pending in the database). */
    void clear() {
        lock.lock();
        try {
            waiting.values().forEach(ArrayDeque::clear);
            held.clear();
            finishedAt.clear();
            chatsBeingSent.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private boolean ready(Entry e, long now) {
        return !chatsBeingSent.contains(e.chatId()) && spacingLeft(e, now) <= 0;
    }

    private long spacingLeft(Entry e, long now) {
        if (e.lane() == Lane.REPLY) {
            return 0;
        }
        Long last = lastSentToChat.get(e.chatId());
        return last == null ? 0 : last + SPACING - now;
    }

    /** 0 if a row is ready now; else how long until a planned row's spacing is over (or forever). */
    private long untilReady(long now) {
        long soonest = Long.MAX_VALUE;
        for (ArrayDeque<Entry> lane : waiting.values()) {
            for (Entry e : lane) {
                if (!chatsBeingSent.contains(e.chatId())) {
                    long left = spacingLeft(e, now);
                    if (left <= 0) {
                        return 0;
                    }
                    soonest = Math.min(soonest, left);
                }
            }
        }
        return soonest;
    }
}
