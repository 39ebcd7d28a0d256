package vn.nghedan.notification;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.nghedan.platform.Lease;
import vn.nghedan.platform.LeaseKeeper;
import vn.nghedan.platform.Leases;

/**
 * One elected sender per bot: the {@link OutboxRelay} runs only on the instance holding the
 * {@code outbox-sender} lease, so the send ceiling (NGHEDAN_SEND_RATE in any second) and a 429's
 * pause hold for the bot as a whole however many instances run, with the relay's own pacing
 * unchanged. When the holder dies its lease lapses (30 s) and another instance starts sending;
 * the pause is in the database, so the new sender honours it too. The relay sends only while
 * the lease is surely held ({@link LeaseKeeper#surelyHeld()}): a sender whose keeper stalled past
 * the lapse starts no new send, so two senders overlap only by the sends already in flight (at
 * most one per worker, each re-checked PENDING just before it goes out).
 *
 * <p>Chosen over a database-backed budget (every send taking a token from a shared row): that
 * would put a write, and on PostgreSQL a row lock that every instance's workers queue on, in
 * front of each message, for a ceiling of 25 a second that one instance reaches easily.
 */
@Component
class SenderElection implements SmartLifecycle {

    static final String LEASE = "outbox-sender";
    /** The lease's length unless nghedan.sender-lease says otherwise. */
    static final Duration LEASE_LENGTH = Duration.ofSeconds(30);

    private final OutboxRelay relay;
    private final Lease lease;
    private volatile LeaseKeeper keeper;

    /**
     * {@code nghedan.sender-lease} (NGHEDAN_SENDER_LEASE, default 30 s): how long sending stops
     * when the sending instance dies, before another takes over; renewed every third of it.
     * Shorter means a quicker failover but a sender that is paused that long loses its turn.
     */
    SenderElection(OutboxRelay relay, Leases leases, @Value("${nghedan.sender-lease:30s}") Duration leaseLength) {
        this.relay = relay;
        this.lease = leases.lease(LEASE, leaseLength);
    }

    @Override
    public synchronized void start() {
        if (keeper != null) {
            return;
        }
        keeper = LeaseKeeper.start(lease, new LeaseKeeper.Listener() {
            @Override
            public void gained() {
                // Each send first checks that the lease is surely still ours. (During the keeper's
                // first attempt the field is not yet set: sends wait the moment until it is.)
                relay.start(() -> {
                    LeaseKeeper k = keeper;
                    return k != null && k.surelyHeld();
                });
            }

            @Override
            public void lost() {
                relay.stop();
            }
        });
    }

    /** Stops the relay (if this instance sent) and hands the lease on at once. */
    @Override
    public void stop() {
        LeaseKeeper k = keeper;
        keeper = null;
        if (k != null) {
            k.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return keeper != null;
    }

    @Override
    public int getPhase() {
        // Stopped before the relay's phase, so the lease is released as the relay stops.
        return Integer.MAX_VALUE - 9;
    }
}
