package vn.nghedan.telegram;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.nghedan.platform.Lease;
import vn.nghedan.platform.LeaseKeeper;
import vn.nghedan.platform.Leases;

/**
 * Registers the bot for long polling in the background, retrying with backoff while the Bot API
 * is unreachable, so the console and API stay up meanwhile. The library's own consumer is
 * replaced by one that stores every batch in the inbox before returning and never throws:
 * a thrown exception would end the library's polling task for good.
 *
 * <p>Telegram serves one getUpdates at a time per bot, so with several instances only the holder
 * of the {@code telegram-polling} lease polls; the others wait to take the lease over when its
 * holder stops renewing it. Not made in webhook mode: the library's registration calls
 * deleteWebhook.
 */
@Component
@ConditionalOnProperty(
        name = TelegramProperties.MODE_PROPERTY,
        havingValue = TelegramProperties.POLLING,
        matchIfMissing = true)
class BotPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BotPolling.class);
    static final String LEASE = "telegram-polling";
    /** Renewed every 10 s; a dead holder's lease lapses after 30 s and another instance polls. */
    static final Duration LEASE_LENGTH = Duration.ofSeconds(30);

    private final TelegramBot bot;
    private final TelegramProperties properties;
    private final UpdateInbox inbox;
    private final InboxProcessor processor;
    private final BotCommandsPublisher commands;
    private final Counter received;
    private final Lease lease;

    private volatile boolean running;
    private volatile Instant lastPollOk;
    private volatile boolean registered;
    private volatile boolean leaseHeld;
    /**
     * The poll whose answer is being consumed: the library asks for a poll, reads its answer and
     * hands the updates to {@link #consume} on the one polling thread, one poll at a time.
     */
    private volatile RawGetUpdates lastPoll;

    private LeaseKeeper leaseKeeper;
    private Thread registrar;
    private TelegramBotsLongPollingApplication application;
    private ScheduledExecutorService pollExecutor;

    BotPolling(
            TelegramBot bot,
            TelegramProperties properties,
            UpdateInbox inbox,
            InboxProcessor processor,
            BotCommandsPublisher commands,
            Leases leases,
            MeterRegistry meters) {
        this.bot = bot;
        this.properties = properties;
        this.inbox = inbox;
        this.processor = processor;
        this.commands = commands;
        this.received = Counter.builder(UpdateInbox.RECEIVED_METER).register(meters);
        this.lease = leases.lease(LEASE, LEASE_LENGTH);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        if (bot.endpoint().isEmpty()) {
            log.warn("No bot endpoint: the bot does not poll for updates");
            return;
        }
        leaseKeeper = LeaseKeeper.start(lease, new LeaseKeeper.Listener() {
            @Override
            public void gained() {
                startRegistrar();
            }

            @Override
            public void lost() {
                stopPolling();
            }
        });
    }

    private synchronized void startRegistrar() {
        if (!running) {
            return;
        }
        leaseHeld = true;
        registrar = new Thread(this::registerWithRetry, "telegram-register");
        registrar.setDaemon(true);
        registrar.start();
    }

    private void registerWithRetry() {
        Backoff.retry(
                "Registering for long polling",
                log,
                () -> running && leaseHeld && !registered,
                this::register,
                this::closeApplication);
        if (registered) {
            log.info(
                    "Bot registered for long polling at {}",
                    bot.endpoint().get().apiUrl());
        }
    }

    private synchronized void register() throws Exception {
        if (!running || !leaseHeld) {
            return;
        }
        pollExecutor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "telegram-poll");
            t.setDaemon(true);
            return t;
        });
        ScheduledExecutorService executor = pollExecutor;
        application = new TelegramBotsLongPollingApplication(
                com.fasterxml.jackson.databind.ObjectMapper::new,
                new PollingHttpClient(),
                () -> executor,
                HealthTrackingBackOff::new);
        String token = bot.endpoint().get().token();
        application.registerBot(token, bot::url, this::nextPoll, (LongPollingUpdateConsumer) this::consume);
        // Set here, under this object's lock: a lease lost meanwhile (stopPolling) cannot interleave.
        registered = true;
        commands.publish();
    }

    /**
     * Asks only for updates newer than both what the library saw and what the inbox holds. The
     * inbox is asked before the first poll of a registration only: afterwards this instance, the
     * one holding the polling lease, stored every update the inbox got, none newer than what the
     * library saw (a statement per poll saved: a poll brings one or two updates under load).
     */
    private GetUpdates nextPoll(Integer lastReceived) {
        // The library starts a registration at 0, not null: 0 is "nothing received yet".
        boolean nothingYet = lastReceived == null || lastReceived == 0;
        long from = (nothingYet ? inbox.highestUpdateId() : lastReceived) + 1;
        RawGetUpdates poll = new RawGetUpdates(
                (int) from,
                100,
                // The first poll answers at once, so health turns UP as soon as the Bot API answers.
                lastPollOk == null ? 0 : properties.pollTimeoutSeconds(),
                UpdateInbox.UPDATE_TYPES);
        lastPoll = poll;
        return poll;
    }

    /** Stores the batch before returning (the next poll confirms it to Telegram); never throws. */
    private void consume(List<Update> updates) {
        for (int attempt = 1; running; attempt++) {
            try {
                RawGetUpdates poll = lastPoll;
                inbox.store(updates, poll == null ? u -> null : poll::jsonOf);
                received.increment(updates.size());
                processor.wake();
                return;
            } catch (Throwable e) {
                if (attempt >= 20) {
                    log.error(
                            "Could not store {} updates after {} attempts; they are lost", updates.size(), attempt, e);
                    return;
                }
                log.warn("Storing updates failed (attempt {}): {}", attempt, e.toString());
                try {
                    Thread.sleep(Math.min(5000, 100L * attempt * attempt));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** The library resets its backoff after every successful getUpdates: that is our heartbeat. */
    private final class HealthTrackingBackOff implements BackOff {

        private final ExponentialBackOff delegate = new ExponentialBackOff();

        @Override
        public void reset() {
            lastPollOk = Instant.now();
            delegate.reset();
        }

        @Override
        public long nextBackOffMillis() {
            return Math.min(delegate.nextBackOffMillis(), 30_000);
        }
    }

    @Override
    public void stop() {
        running = false;
        // Not under this object's lock: the keeper's thread may be waiting for it to start polling.
        LeaseKeeper keeper = leaseKeeper;
        if (keeper != null) {
            keeper.stop(); // stops polling (lost) and releases the lease for the next instance
        }
        stopPolling();
    }

    /** The lease is gone (or the app stops): no more polls from this instance. */
    private synchronized void stopPolling() {
        leaseHeld = false;
        if (registrar != null) {
            registrar.interrupt();
        }
        closeApplication();
        registered = false;
        lastPollOk = null;
    }

    private synchronized void closeApplication() {
        if (application != null) {
            try {
                application.close();
            } catch (Exception e) {
                log.debug("Closing the polling application: {}", e.toString());
            }
            application = null;
        }
        if (pollExecutor != null) {
            // Not shutdownNow: the poll under way is held by the Bot API and a socket read ignores
            // an interrupt, but the flag stays and fails the read once the answer comes — the
            // library then logs an ERROR at every clean stop. The application's close above ended
            // the polling (no further poll), so the last one ends on its own: answered by the Bot
            // API within its timeout (the sandbox's stand-in answers it when it stops), on a daemon
            // thread. What it brings is stored if the app still runs (the lease was lost), else
            // left unconfirmed at the Bot API for the next poller.
            pollExecutor.shutdown();
            pollExecutor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 30;
    }

    Instant lastPollOk() {
        return lastPollOk;
    }

    boolean isRegistered() {
        return registered;
    }

    /** True while this instance holds the polling lease (it polls, or is about to). */
    boolean holdsLease() {
        return leaseHeld;
    }

    /** The instance that polls now, if any; read from the database. */
    java.util.Optional<String> pollingInstance() {
        return lease.holder();
    }
}
