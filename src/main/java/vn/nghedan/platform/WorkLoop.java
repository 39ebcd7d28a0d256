package vn.nghedan.platform;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.springframework.context.SmartLifecycle;

/**
 * A background thread working through an inbox: runs a round, and when a round found nothing,
 * sleeps until {@link #wake()} or a second has passed; after an error, waits a second and goes
 * on, so a broken row or a lost database never ends the loop.
 */
public abstract class WorkLoop implements SmartLifecycle {

    private final String name;
    private final Logger log;
    private final Semaphore work = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    protected WorkLoop(String name, Logger log) {
        this.name = name;
        this.log = log;
    }

    /** Handles what is there; returns how much it found. */
    protected abstract int round();

    /** Something new is there: the next round starts now. */
    public void wake() {
        work.release();
    }

    @Override
    public synchronized void start() {
        running = true;
        worker = new Thread(this::loop, name);
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the web server and the bot's registration, like the sender. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 20;
    }

    private void loop() {
        while (running) {
            try {
                if (round() == 0) {
                    work.tryAcquire(1, TimeUnit.SECONDS);
                    work.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            } catch (Throwable e) {
                log.warn("{} paused after an error: {}", name, e.toString());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }
}
