package vn.nghedan.telegram;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.internal.concurrent.TaskRunner;
import okhttp3.internal.connection.RealConnectionPool;

/**
 * OkHttp's connection pool, with its clean-up of idle connections run every few seconds rather
 * than after every call.
 *
 * <p>Whenever a call ends, OkHttp's pool asks its task runner to look for idle connections to
 * close at once; the runner wakes its coordinator thread, which hands the coordination to another
 * pooled thread and runs the clean-up: three thread switches per message for a clean-up that finds
 * nothing to do (a connection is closed only after five idle minutes). With four send workers,
 * the callback answers and the poller, that was 5 % of the app's CPU per filed submission in
 * FilingBenchmark ("OkHttp TaskRunner"). Here the runner is this pool's own: a call that ends
 * does not wake it, and its coordinator looks at the pool at least every {@link #SWEEP_SECONDS}
 * seconds, and whenever it was due anyway.
 *
 * <p>OkHttp 4 builds a pool on another task runner only through its {@code internal} classes
 * (public in the bytecode, used here as the library's own tests do); an OkHttp upgrade that
 * changes them fails the build, not a running bot.
 */
final class UnhurriedConnectionPool {

    /** The longest an idle connection's closing may be late (they stay open five minutes anyway). */
    static final long SWEEP_SECONDS = 10;

    private UnhurriedConnectionPool() {}

    /**
     * A pool for one OkHttpClient, as {@code new ConnectionPool(maxIdle, keepAlive, unit)}, with
     * one daemon thread of its own for the clean-up (gone a minute after its last connection).
     */
    static ConnectionPool create(String threadName, int maxIdle, long keepAlive, TimeUnit unit) {
        TaskRunner runner = new TaskRunner(new SweepingBackend(threadName));
        return new ConnectionPool(new RealConnectionPool(runner, maxIdle, keepAlive, unit));
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T rethrown(Throwable e) throws T {
        throw (T) e;
    }

    /** The task runner's threads and clock: one thread, never woken early. */
    private static final class SweepingBackend implements TaskRunner.Backend {

        private final ThreadPoolExecutor thread;

        SweepingBackend(String threadName) {
            this.thread = new ThreadPoolExecutor(0, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, threadName);
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        public void beforeTask(TaskRunner taskRunner) {
            // nothing to prepare
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        /** Asked after every call: the coordinator sleeps on until its next sweep. */
        @Override
        public void coordinatorNotify(TaskRunner taskRunner) {
            // deliberately not woken
        }

        /** Called by the runner holding its own lock, as OkHttp's backend is. */
        @Override
        @SuppressWarnings("WaitNotInLoop") // the runner loops: it looks at its tasks again on return
        public void coordinatorWait(TaskRunner taskRunner, long nanos) {
            long wait = Math.min(nanos, TimeUnit.SECONDS.toNanos(SWEEP_SECONDS));
            if (wait > 0) {
                try {
                    taskRunner.wait(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    // The runner handles an interruption itself (OkHttp's backend declares it in
                    // Kotlin; the interface, as Java sees it, does not).
                    throw UnhurriedConnectionPool.<RuntimeException>rethrown(e);
                }
            }
        }

        @Override
        public void execute(Runnable runnable) {
            thread.execute(runnable);
        }
    }
}
