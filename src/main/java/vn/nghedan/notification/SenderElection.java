package vn.nghedan.notification;

import java.time.Duration;
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
 * the pause is in the database, so the new sender honours it too.
 *
 * <p>Chosen over a database-backed budget (every send taking a token from a shared row): that
 * would put a write, and on PostgreSQL a row lock that every instance's workers queue on, in
 * front of each message, for a ceiling of 25 a second that one instance reaches easily.
 */
@Component
class SenderElection implements SmartLifecycle {

    static final String LEASE = "outbox-sender";
    static final Duration LEASE_LENGTH = Duration.ofSeconds(30);

    private final OutboxRelay relay;
    private final Lease lease;
    private volatile LeaseKeeper keeper;

    SenderElection(OutboxRelay relay, Leases leases) {
        this.relay = relay;
        this.lease = leases.lease(LEASE, LEASE_LENGTH);
    }

    @Override
    public synchronized void start() {
        if (keeper != null) {
            return;
        }
        keeper = LeaseKeeper.start(lease, new LeaseKeeper.Listener() {
            @Override
            public void gained() {
                relay.start();
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
