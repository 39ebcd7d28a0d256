package vn.nghedan.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nghedan.platform.DbTime;
import vn.nghedan.resident.Messenger;
import vn.nghedan.resident.Residents;

/**
 * Delivers the outbox. One dispatcher reads due rows, each chat's first, lane by lane; workers
 * send them within one ceiling for the whole bot ({@link SendWindow}: never more than
 * NGHEDAN_SEND_RATE in any second), served in lane order ({@link SendLanes}): replies, then
 * news of a person's own matter, then broadcasts with what is left. A chat gets one send at a
 * time, so its messages keep their order; a reply or a notice may go before a broadcast to the
 * same chat that was queued earlier, never before an earlier message of its own lane or a
 * higher one. A 429 pauses every worker for its retry_after (kept in the database: a restart
 * within the pause waits too); 5xx and network errors retry with exponential backoff and
 * jitter; a 403 marks the resident unreachable and drops what was still planned for them.
 *
 * <p>A row is marked SENT after Telegram accepted it. If the process dies between the two, the
 * row is sent again after restart: at most one duplicate per worker, the one unavoidable case.
 */
@Component
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Rows of one lane waiting in memory at most; a round reads no more than fit ({@link SendLanes#toRead}). */
    private static final int BATCH = 200;
    /**
     * Rounds of the dispatcher start at least this far apart while rows are in flight. Every
     * delivery wakes it, and a round per wake re-read the same in-flight rows hundreds of times a
     * second (in the onboarding benchmark the dispatcher took a tenth of the app's CPU); one round
     * per few milliseconds picks up everything those deliveries made due.
     */
    private static final long ROUND_GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    /**
     * How often a round reads every due row. In between, rounds read only rows newer than the
     * newest one read in their lane (ids only grow: AUTOINCREMENT); a row that was held back
     * meanwhile — behind an earlier message to its chat, or until its time, or its lane full — is
     * found by the next full round.
     */
    private static final long FULL_ROUND_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /**
     * A row waits for its chat's earlier rows of its own lane or a higher one that are due or
     * being retried (so a chat's replies never overtake each other, nor a notice an earlier
     * reply); it does not wait for an earlier broadcast to its chat.
     */
    private static final String DUE_BEFORE_IT_IN_ITS_CHAT =
            "SELECT 1 FROM outbox e WHERE e.chat_id = o.chat_id AND e.status = 'PENDING' AND e.id < o.id"
                    + " AND e.lane <= o.lane AND (e.not_before <= :now OR e.attempts > 0)";
    /** How long an idle worker waits before it looks again (rows are handed over with a signal). */
    private static final long IDLE_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Transports transport;
    private final Residents residents;
    private final OutboxSignal signal;
    private final SendingProperties properties;
    private final Clock clock;
    private final SendWindow window;
    private final SendRecorder recorder;
    private final SendLanes lanes = new SendLanes(BATCH, System::nanoTime);
    /** A 429 pauses its own channel only: Telegram's retry_after says nothing of Zalo. */
    private final Map<Messenger, AtomicLong> pausedUntilNanos = new EnumMap<>(Messenger.class);

    private final Counter sent;
    private final Counter failed;
    private final Counter dropped;
    private final Counter rateLimited;

    private volatile boolean running;
    private volatile BooleanSupplier entitled = () -> true;
    private Thread dispatcher;
    /** The dispatcher's own, by lane: see {@link #FULL_ROUND_NANOS}. */
    private final long[] newestRead = new long[Lane.values().length];

    private long lastFullRound = System.nanoTime() - FULL_ROUND_NANOS;
    /**
     * Set when the dispatcher's last round left rows out for want of room in their lane (or did
     * not read a full lane): only then does a finished send wake it. A wake after every send
     * made a round every 5 ms while anything was in flight, most of them finding nothing: a
     * chat's next reply is handed over by the worker itself ({@link #handOverNextOfChat}), a
     * notice or broadcast row waits a second after its chat's last send anyway ({@link
     * SendLanes#SPACING}), and new rows wake the dispatcher when they are committed.
     */
    private final AtomicBoolean roomWanted = new AtomicBoolean();

    private Thread[] workers;

    OutboxRelay(
            JdbcClient jdbc,
            Outbox outbox,
            Transports transport,
            Residents residents,
            OutboxSignal signal,
            SendingProperties properties,
            Clock clock,
            TransactionTemplate tx,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.transport = transport;
        this.residents = residents;
        this.signal = signal;
        this.properties = properties;
        this.clock = clock;
        this.recorder = new SendRecorder(tx);
        for (Messenger m : Messenger.values()) {
            pausedUntilNanos.put(m, new AtomicLong(System.nanoTime()));
        }
        this.window = new SendWindow(properties.sendRate());
        this.sent = Counter.builder("nghedan.outbox.sent").register(meters);
        this.failed = Counter.builder("nghedan.outbox.failed").register(meters);
        this.dropped = Counter.builder("nghedan.outbox.dropped").register(meters);
        this.rateLimited = Counter.builder("nghedan.outbox.rate_limited").register(meters);
        Gauge.builder("nghedan.outbox.pending", this, OutboxRelay::pendingCount).register(meters);
    }

    // --- lifecycle -------------------------------------------------------------------------

    @Override
    public void start() {
        start(() -> true);
    }

    /**
     * Starts sending; each send first waits until {@code entitled} holds (the sender lease is
     * surely still this instance's), so a sender that lost its lease unawares starts no new send.
     */
    synchronized void start(BooleanSupplier entitled) {
        if (running) {
            return;
        }
        this.entitled = entitled;
        running = true;
        restorePause();
        recorder.start();
        Arrays.fill(newestRead, 0);
        int n = properties.sendWorkers();
        workers = new Thread[n];
        for (int i = 0; i < n; i++) {
            workers[i] = daemon(this::workLoop, "outbox-send-" + i);
            workers[i].start();
        }
        dispatcher = daemon(this::dispatchLoop, "outbox-dispatch");
        dispatcher.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (dispatcher != null) {
            // Gone before the workers: it would hand them rows they can no longer take.
            dispatcher.interrupt();
            join(dispatcher);
        }
        if (workers != null) {
            for (Thread w : workers) {
                w.interrupt();
            }
            for (Thread w : workers) {
                join(w);
            }
        }
        recorder.stop();
        lanes.clear();
    }

    private static void join(Thread t) {
        try {
            t.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started by {@link SenderElection} on the one instance that holds the sender lease. */
    @Override
    public boolean isAutoStartup() {
        return false;
    }

    @Override
    public int getPhase() {
        // Start after the web server and the bot registration, stop before them.
        return Integer.MAX_VALUE - 10;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    // --- dispatching -----------------------------------------------------------------------

    private void dispatchLoop() {
        while (running) {
            try {
                long began = System.nanoTime();
                int dispatched = dispatchDue();
                int held = lanes.held();
                if (dispatched == 0) {
                    signal.await(held > 0 ? 50 : 500);
                }
                long gap = began + ROUND_GAP_NANOS - System.nanoTime();
                if (gap > 0 && held > 0) {
                    TimeUnit.NANOSECONDS.sleep(gap);
                }
            } catch (InterruptedException e) {
                return;
            } catch (Throwable e) {
                log.warn("Outbox dispatch failed, retrying: {}", e.toString());
                sleepQuietly(1000);
            }
        }
    }

    private int dispatchDue() {
        long began = System.nanoTime();
        boolean full = began - lastFullRound >= FULL_ROUND_NANOS;
        if (full) {
            lastFullRound = began;
        }
        // Ids only, but for new replies: the dispatcher runs after every commit and sees the same
        // in-flight rows again and again; reading their payloads here cost a quarter of the app's
        // CPU in the onboarding benchmark. The worker reads the payload of the one row it sends.
        // A reply is read whole the first time (quick rounds read only new rows): the worker's
        // own read was a sixth of its time in FilingBenchmark.
        // Between full rounds only rows newer than any read in their lane are read: a full round
        // reads every in-flight and waiting row again, a tenth of the app's CPU at 500 messages a
        // second. One statement for the lanes with room: a lane that is full is not read at all
        // (a broadcast's thousands of rows are not read again and again while it goes out).
        StringBuilder sql = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        params.put("now", DbTime.of(clock.instant()));
        boolean wanted = false;
        int[] limits = new int[Lane.values().length];
        for (Lane lane : Lane.values()) {
            if (lanes.room(lane) <= 0) {
                wanted = true;
            } else {
                int n = lane.number();
                long after = full ? 0 : newestRead[lane.ordinal()];
                limits[lane.ordinal()] = lanes.toRead(lane, after);
                // A quick round reads new replies whole: they go out within milliseconds, and the
                // worker then sends without reading the row again.
                String whole = !full && lane == Lane.REPLY ? WHOLE_ROW : NOT_WHOLE;
                sql.append(sql.isEmpty() ? "" : " UNION ALL ")
                        .append("SELECT * FROM (SELECT o.id, o.chat_id, o.lane, " + whole
                                + " FROM outbox o WHERE o.status = 'PENDING'")
                        .append(" AND o.lane = :lane" + n + " AND o.id > :after" + n)
                        .append(" AND o.not_before <= :now AND NOT EXISTS (" + DUE_BEFORE_IT_IN_ITS_CHAT + ")")
                        .append(" ORDER BY o.id LIMIT :limit" + n + ") l" + n);
                params.put("lane" + n, n);
                params.put("after" + n, after);
                params.put("limit" + n, limits[lane.ordinal()]);
            }
        }
        if (sql.isEmpty()) {
            roomWanted.set(true);
            return 0;
        }
        long read = lanes.beginRead();
        try {
            long stamp = signal.stamp();
            List<SendLanes.Entry> due = jdbc.sql(sql.toString())
                    .params(params)
                    .query((rs, i) -> entry(rs, stamp))
                    .list();
            return handOver(due, limits, wanted, read);
        } finally {
            lanes.endRead(read);
        }
    }

    /** Gives the workers what a round read; asks for another round if a lane may have more. */
    private int handOver(List<SendLanes.Entry> due, int[] limits, boolean wanted, long read) {
        // Quick rounds go on after the rows that are in their lane now, not after every row read:
        // a row left out for room would otherwise wait for the next full round.
        boolean[] leftOut = new boolean[Lane.values().length];
        int[] counted = new int[Lane.values().length];
        for (SendLanes.Entry row : due) {
            if (++counted[row.lane().ordinal()] == limits[row.lane().ordinal()]) {
                // More may be due beyond what was read.
                wanted = true;
            }
        }
        int added = lanes.addInOrder(due, newestRead, leftOut, read);
        for (boolean out : leftOut) {
            wanted |= out;
        }
        if (wanted) {
            roomWanted.set(true);
        }
        return added;
    }

    // --- delivering ------------------------------------------------------------------------

    /**
     * A worker: takes a permit first and only then the row to send, the best one at that moment,
     * so a permit freed during a broadcast goes to a reply that came meanwhile.
     */
    private void workLoop() {
        while (running) {
            try {
                if (!lanes.awaitReady(IDLE_WAIT_NANOS)) {
                    continue;
                }
                waitWhileEveryChannelPaused();
                window.start();
                Permit permit = new Permit();
                SendLanes.Entry entry = lanes.next();
                boolean mayHaveMore = false;
                try {
                    if (entry != null) {
                        mayHaveMore = deliver(entry, permit);
                    }
                } finally {
                    permit.release();
                    if (entry != null) {
                        lanes.done(entry);
                        if (roomWanted.getAndSet(false)) {
                            signal.wake();
                        }
                    }
                }
                if (mayHaveMore && entry.lane() == Lane.REPLY) {
                    handOverNextOfChat(entry.chatId());
                }
            } catch (InterruptedException e) {
                return;
            } catch (Throwable e) {
                log.warn("Outbox send worker failed, going on: {}", e.toString());
            }
        }
    }

    /** The send permit a worker holds: the first request of its row uses it, later parts take their own. */
    private final class Permit {

        private boolean held = true;

        void take(Messenger messenger) throws InterruptedException {
            if (!held) {
                waitWhilePaused(messenger);
                window.start();
                held = true;
            }
        }

        /** A request was made on it: free one window after now. */
        void used() {
            held = false;
            window.finished();
        }

        /** Not used: free at once. */
        void release() {
            if (held) {
                held = false;
                window.abandon();
            }
        }
    }

    /**
     * Sends the row if it is still pending.
     *
     * @return whether its chat may have another pending row: one was there when the row was read,
     *     or one was written for the chat since (as far as this instance knows), or the row could
     *     not be read
     */
    private boolean deliver(SendLanes.Entry entry, Permit permit) throws InterruptedException {
        if (entry.row() != null) {
            // A reply read whole a moment ago: never handed out twice (SendLanes), so still pending.
            send(entry.row(), permit);
            return entry.othersOfChat() || signal.writtenSince(entry.chatId(), entry.signalStamp());
        }
        long id = entry.id();
        long stamp = signal.stamp();
        Pending pending;
        try {
            pending = stillPending(id);
        } catch (RuntimeException e) {
            log.warn("Outbox row {} could not be read: {}", id, e.toString());
            return true;
        }
        if (pending == null) {
            // The dispatcher read this row before a worker finished it: never send twice (and the
            // worker that sent it hands the chat's next row over).
            return false;
        }
        send(pending.row(), permit);
        return pending.othersOfChat() || signal.writtenSince(pending.row().chatId(), stamp);
    }

    /**
     * After a reply, the chat's next due row goes to the workers at once. The dispatcher's quick
     * rounds read only rows newer than any they read, so a reply's second message, held back
     * behind its first, waited for the next full round (up to 100 ms, every message after the
     * first): in the onboarding benchmark that cut the rate from 900 to about 330 updates a
     * second on an idle machine. One read of the chat's pending-rows index, under the same rule
     * as the dispatcher's; a row the dispatcher holds already is not added twice. Only when the
     * chat may have another row ({@link #deliver}): mostly it has none, and this read was a
     * statement per message sent.
     */
    private void handOverNextOfChat(long chatId) {
        long read = lanes.beginRead();
        try {
            long stamp = signal.stamp();
            lanes.addAll(
                    jdbc.sql("SELECT o.id, o.chat_id, o.lane, " + WHOLE_ROW + " FROM outbox o WHERE o.chat_id = :chat"
                                    + " AND o.status = 'PENDING' AND o.not_before <= :now AND NOT EXISTS ("
                                    + DUE_BEFORE_IT_IN_ITS_CHAT + ") ORDER BY o.id LIMIT 1")
                            .param("chat", chatId)
                            .param("now", DbTime.of(clock.instant()))
                            .query((rs, i) -> entry(rs, stamp))
                            .list(),
                    read);
        } catch (RuntimeException e) {
            // the next full round finds it
            log.debug("Next row of chat {} not read: {}", chatId, e.toString());
        } finally {
            lanes.endRead(read);
        }
    }

    /**
     * The columns after id, chat and lane that make a reply whole: its kind, payload, attempts, and
     * whether another row of its chat is pending.
     */
    private static final String WHOLE_ROW = "o.kind, o.payload, o.attempts, EXISTS (SELECT 1 FROM outbox e"
            + " WHERE e.chat_id = o.chat_id AND e.status = 'PENDING' AND e.id <> o.id) AS others";

    /**
     * The same columns, empty: the worker reads the row when it sends it. Typed, as PostgreSQL
     * types a bare NULL of a sub-select as text before the UNION meets the other lanes' columns.
     */
    private static final String NOT_WHOLE = "CAST(NULL AS VARCHAR(20)) AS kind, CAST(NULL AS TEXT) AS payload,"
            + " CAST(NULL AS INTEGER) AS attempts, CAST(NULL AS BOOLEAN) AS others";

    /**
     * A row read by the dispatcher or a hand-over: whole if it is a reply read with its payload
     * (only replies: a planned row may wait long enough to be dropped meanwhile).
     */
    private static SendLanes.Entry entry(ResultSet rs, long stamp) throws SQLException {
        long id = rs.getLong(1);
        long chatId = rs.getLong(2);
        Lane lane = Lane.of(rs.getInt(3));
        String payload = rs.getString(5);
        if (lane != Lane.REPLY || payload == null) {
            return new SendLanes.Entry(id, chatId, lane);
        }
        OutboxRow row = new OutboxRow(id, chatId, rs.getString(4), payload, lane, rs.getInt(6));
        return new SendLanes.Entry(id, chatId, lane, row, rs.getBoolean(7), stamp);
    }

    /** Sends a pending row (or holds a broadcast for the morning) and records what came of it. */
    private void send(OutboxRow row, Permit permit) throws InterruptedException {
        try {
            if (row.lane() == Lane.BROADCAST && properties.quiet().isQuiet(clock.instant())) {
                permit.release();
                Instant allowed = properties.quiet().nextAllowed(clock.instant());
                recorder.record(() -> postpone(row, allowed, null, false));
                return;
            }
            Outgoing message = outbox.read(row.kind(), row.payload());
            MessageTransport.SendResult result = sendWhole(row.chatId(), message, permit);
            recorder.record(() -> record(row, result));
        } catch (InterruptedException e) {
            throw e;
        } catch (Throwable e) {
            log.warn("Outbox row {} could not be delivered: {}", row.id(), e.toString());
            try {
                recorder.record(() -> record(row, new MessageTransport.SendResult.Failed(e.toString())));
            } catch (Throwable ignored) {
                // The row stays pending and is tried again.
            }
        }
    }

    /** A row to send, and whether other rows of its chat were pending when it was read. */
    private record Pending(OutboxRow row, boolean othersOfChat) {}

    /** The row to send, if it is still pending (null once sent, dropped or failed). */
    private Pending stillPending(long id) {
        return jdbc.sql("SELECT o.id, o.chat_id, o.kind, o.payload, o.lane, o.attempts, EXISTS (SELECT 1 FROM outbox e"
                        + " WHERE e.chat_id = o.chat_id AND e.status = 'PENDING' AND e.id <> o.id)"
                        + " FROM outbox o WHERE o.id = ? AND o.status = 'PENDING'")
                .param(id)
                .query((rs, i) -> new Pending(
                        new OutboxRow(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                Lane.of(rs.getInt(5)),
                                rs.getInt(6)),
                        rs.getBoolean(7)))
                .optional()
                .orElse(null);
    }

    /** Sends a message, a long text as several parts (buttons stay on the last part). */
    private MessageTransport.SendResult sendWhole(long chatId, Outgoing message, Permit permit)
            throws InterruptedException {
        if (message instanceof Outgoing.Text text && text.text().length() > TextSplitter.TELEGRAM_LIMIT) {
            List<String> parts = TextSplitter.split(text.text(), TextSplitter.TELEGRAM_LIMIT);
            MessageTransport.SendResult result = null;
            for (int i = 0; i < parts.size(); i++) {
                boolean last = i == parts.size() - 1;
                result = paced(chatId, new Outgoing.Text(parts.get(i), last ? text.buttons() : List.of()), permit);
                if (!(result instanceof MessageTransport.SendResult.Sent)) {
                    return result;
                }
            }
            return result;
        }
        return paced(chatId, message, permit);
    }

    private MessageTransport.SendResult paced(long chatId, Outgoing message, Permit permit)
            throws InterruptedException {
        MessageTransport.SendResult result;
        Messenger messenger = transport.messengerOf(chatId);
        permit.take(messenger);
        try {
            waitWhilePaused(messenger);
            waitWhileNotEntitled();
            result = transport.send(chatId, message);
        } finally {
            permit.used();
        }
        lanes.sentTo(chatId);
        if (result instanceof MessageTransport.SendResult.RetryAfter retry) {
            rateLimited.increment();
            pauseFor(messenger, Duration.ofSeconds(retryAfterSeconds(retry)));
        }
        return result;
    }

    private static long retryAfterSeconds(MessageTransport.SendResult.RetryAfter retry) {
        return Math.max(1, retry.seconds());
    }

    private void pauseFor(Messenger messenger, Duration duration) {
        pausedUntilNanos.get(messenger).accumulateAndGet(System.nanoTime() + duration.toNanos(), Math::max);
    }

    /**
     * A 429 answered before a restart still holds: what the last one said, as the database kept it.
     * Only Telegram answers 429 with a retry_after, so the one stored pause is Telegram's.
     */
    private void restorePause() {
        jdbc.sql("SELECT paused_until FROM send_pause WHERE id = 1")
                .query((rs, i) -> DbTime.read(rs, 1))
                .optional()
                .map(until -> Duration.between(clock.instant(), until))
                .filter(left -> !left.isNegative() && !left.isZero())
                .ifPresent(left -> pauseFor(Messenger.TELEGRAM, left));
    }

    /**
     * Until the lease is surely ours again (renewed) or the relay is stopped (lost): the row is
     * then left PENDING, unrecorded, for whichever instance sends next.
     */
    private void waitWhileNotEntitled() throws InterruptedException {
        while (!entitled.getAsBoolean()) {
            if (!running) {
                throw new InterruptedException("the sender lease is gone");
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    private void waitWhilePaused(Messenger messenger) throws InterruptedException {
        AtomicLong until = pausedUntilNanos.get(messenger);
        long wait;
        while ((wait = until.get() - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /**
     * Before a worker takes a row: while every channel that sends here is paused, there is nothing
     * it could send (with Telegram alone, as before: it waits out Telegram's pause). A row of a
     * paused channel taken meanwhile waits in {@link #paced} for its own channel.
     */
    private void waitWhileEveryChannelPaused() throws InterruptedException {
        long wait;
        while ((wait = transport.messengers().stream()
                                .mapToLong(m -> pausedUntilNanos.get(m).get())
                                .min()
                                .orElse(0)
                        - System.nanoTime())
                > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private void record(OutboxRow row, MessageTransport.SendResult result) {
        Instant now = clock.instant();
        if (result instanceof MessageTransport.SendResult.Sent s) {
            jdbc.sql("UPDATE outbox SET status = 'SENT', sent_at = ?, message_id = ?, attempts = attempts + 1"
                            + " WHERE id = ?")
                    .params(DbTime.of(now), s.messageId(), row.id())
                    .update();
            sent.increment();
        } else if (result instanceof MessageTransport.SendResult.RetryAfter r) {
            // The pause set in paced() holds every worker of its channel; the row stays due so that it goes first
            // afterwards. Postponing it instead would let the chat's next message overtake it.
            // Not a failure: the attempts stay as they are.
            jdbc.sql("UPDATE outbox SET last_error = ? WHERE id = ?")
                    .params("429 retry after " + r.seconds(), row.id())
                    .update();
            if (transport.messengerOf(row.chatId()) == Messenger.TELEGRAM) {
                // Kept for a restart within the pause, which would otherwise send at once (only
                // Telegram's: another channel's pause lasts in memory).
                jdbc.sql("INSERT INTO send_pause (id, paused_until) VALUES (1, :until) ON CONFLICT (id)"
                                + " DO UPDATE SET paused_until = excluded.paused_until"
                                + " WHERE send_pause.paused_until < excluded.paused_until")
                        .param("until", DbTime.of(roundedUp(now.plusSeconds(retryAfterSeconds(r)))))
                        .update();
            }
        } else if (result instanceof MessageTransport.SendResult.Unreachable u) {
            residents.markUnreachableChat(row.chatId());
            int n = jdbc.sql("UPDATE outbox SET status = 'DROPPED', last_error = ? WHERE chat_id = ?"
                            + " AND status = 'PENDING'")
                    .params(shorten(u.description()), row.chatId())
                    .update();
            dropped.increment(n);
        } else if (result instanceof MessageTransport.SendResult.Rejected r) {
            jdbc.sql("UPDATE outbox SET status = 'FAILED', last_error = ?, attempts = attempts + 1 WHERE id = ?")
                    .params(shorten(r.description()), row.id())
                    .update();
            failed.increment();
        } else if (result instanceof MessageTransport.SendResult.Failed f) {
            if (row.attempts() + 1 >= properties.maxAttempts()) {
                jdbc.sql("UPDATE outbox SET status = 'FAILED', last_error = ?, attempts = attempts + 1 WHERE id = ?")
                        .params(shorten(f.description()), row.id())
                        .update();
                failed.increment();
            } else {
                postpone(row, now.plus(backoff(row.attempts())), f.description(), true);
            }
        }
    }

    /**
     * The database keeps milliseconds: the end of a pause is rounded up, so that a restart never
     * ends it before the retry_after (the cut fraction once let a send go 3 µs early).
     */
    private static Instant roundedUp(Instant at) {
        Instant cut = at.truncatedTo(ChronoUnit.MILLIS);
        return cut.equals(at) ? at : cut.plusMillis(1);
    }

    private void postpone(OutboxRow row, Instant notBefore, String error, boolean countAttempt) {
        jdbc.sql("UPDATE outbox SET not_before = ?, last_error = COALESCE(?, last_error),"
                        + " attempts = attempts + ? WHERE id = ?")
                .params(DbTime.of(notBefore), error == null ? null : shorten(error), countAttempt ? 1 : 0, row.id())
                .update();
    }

    /** 1 s, 2 s, 4 s … up to 5 minutes, with ±25 % jitter so retries don't arrive in step. */
    static Duration backoff(int attempts) {
        long base = Math.min(300_000L, 1000L << Math.min(attempts, 20));
        double jitter = 0.75 + ThreadLocalRandom.current().nextDouble() * 0.5;
        return Duration.ofMillis((long) (base * jitter));
    }

    private static String shorten(String s) {
        return s == null ? null : s.length() <= 500 ? s : s.substring(0, 500);
    }

    private double pendingCount() {
        try {
            return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE status = 'PENDING'")
                    .query(Long.class)
                    .single();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether sending on Telegram is paused by a 429 (for the console). */
    public boolean isPaused() {
        return pausedUntilNanos.get(Messenger.TELEGRAM).get() - System.nanoTime() > 0;
    }
}
