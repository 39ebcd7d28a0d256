package vn.nghedan.platform;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps trying to hold a {@link Lease} in a background thread, renewing it every third of its
 * length, and tells its listener when this instance gains or loses it. A renewal that fails (the
 * database unreachable) does not count as a loss until the lease would have lapsed anyway: until
 * then no other instance can have taken it.
 */
public final class LeaseKeeper {

    private static final Logger log = LoggerFactory.getLogger(LeaseKeeper.class);

    /** Called on the keeper's thread. */
    public interface Listener {
        void gained();

        void lost();
    }

    private final Lease lease;
    private final Listener listener;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean holding;
    /** System.nanoTime() by which the lease we hold lapses, as far as we know. */
    private volatile long heldUntilNanos;

    private LeaseKeeper(Lease lease, Listener listener) {
        this.lease = lease;
        this.listener = listener;
        this.thread = new Thread(this::keep, "lease-" + lease.name());
        this.thread.setDaemon(true);
    }

    /**
     * Makes the first attempt on the calling thread (so an instance that gets the lease at start
     * has begun its work when this returns), then keeps renewing in the background.
     */
    public static LeaseKeeper start(Lease lease, Listener listener) {
        LeaseKeeper keeper = new LeaseKeeper(lease, listener);
        keeper.check();
        keeper.thread.start();
        return keeper;
    }

    public boolean holding() {
        return holding;
    }

    /**
     * Whether the lease is surely still ours at this moment: held, and not past the time it would
     * lapse without a renewal (counted from before the last renewal was asked for). A keeper
     * stalled past that time (a long pause, a slow database) may not have noticed yet that
     * another instance took the lease; work that must never overlap asks this before each step.
     */
    public boolean surelyHeld() {
        return holding && System.nanoTime() - heldUntilNanos < 0;
    }

    /** Stops renewing; if this instance held the lease, tells the listener and gives the lease up. */
    public void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            giveUp();
        }
    }

    private void giveUp() {
        if (holding) {
            holding = false;
            listener.lost();
            try {
                lease.release();
            } catch (RuntimeException e) {
                log.warn("Lease {} not released ({}); it lapses by itself", lease.name(), e.toString());
            }
        }
    }

    private void keep() {
        long period = Math.max(1, lease.length().toMillis() / 3);
        while (running) {
            try {
                TimeUnit.MILLISECONDS.sleep(period);
            } catch (InterruptedException e) {
                return;
            }
            check();
        }
    }

    private synchronized void check() {
        if (!running) {
            return;
        }
        boolean has = attempt();
        if (has && !holding) {
            holding = true;
            log.info("This instance ({}) now holds the {} lease", lease.me(), lease.name());
            listener.gained();
        } else if (!has && holding) {
            holding = false;
            log.warn("This instance ({}) lost the {} lease", lease.me(), lease.name());
            listener.lost();
        }
    }

    private boolean attempt() {
        long began = System.nanoTime();
        try {
            boolean has = lease.acquire();
            if (has) {
                heldUntilNanos = began + lease.length().toNanos();
            }
            return has;
        } catch (RuntimeException e) {
            log.warn("Lease {} could not be renewed: {}", lease.name(), e.toString());
            // Ours until it would have lapsed: nobody else can have it before.
            return holding && System.nanoTime() - heldUntilNanos < 0;
        }
    }
}
