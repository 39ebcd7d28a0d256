package vn.nghedan.telegram;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs each task on the thread that hands it over. The TelegramBots client's blocking {@code
 * execute} enqueues the call on OkHttp's dispatcher and waits for its future; with OkHttp's own
 * thread pool every message sent cost two thread switches (the send worker woke an OkHttp thread
 * and was woken by it), a fifth of that thread's CPU in the onboarding benchmark. Run here, the
 * call and the parsing of its answer happen on the send worker, which was only waiting anyway.
 */
final class CallingThreadExecutor extends AbstractExecutorService {

    @Override
    public void execute(Runnable task) {
        task.run();
    }

    @Override
    public void shutdown() {
        // Nothing of its own to stop: every task runs on its caller.
    }

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }
}
