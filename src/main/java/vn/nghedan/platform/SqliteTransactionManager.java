package vn.nghedan.platform;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;

/**
 * The transaction manager for SQLite: every transaction takes one JVM-wide, fair write lock
 * before its {@code BEGIN IMMEDIATE}, and gives it back after commit or rollback.
 *
 * <p>Why: SQLite has one writer, and every transaction here is IMMEDIATE, so transactions run one
 * at a time anyway. Without this lock the losers wait inside SQLite's busy handler, which sleeps
 * 1, 2, 5 … up to 100 ms between tries and so leaves the database idle while several threads
 * sleep; measured with the onboarding benchmark, the outbox workers spent most of their time
 * there. Queued on a fair lock, the next writer starts the moment the previous one commits, in
 * arrival order, so the inbox processor cannot starve the sender or the web console.
 *
 * <p>Statements outside a transaction (auto-commit) still meet SQLite's busy handler; writers on
 * hot paths therefore run in a transaction. With another database the lock is not taken.
 */
public class SqliteTransactionManager extends JdbcTransactionManager {

    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final boolean serialize;
    private final long waitMillis;

    public SqliteTransactionManager(DataSource dataSource, boolean serialize, long waitMillis) {
        super(dataSource);
        this.serialize = serialize;
        this.waitMillis = waitMillis;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        if (!serialize) {
            super.doBegin(transaction, definition);
            return;
        }
        acquire();
        try {
            super.doBegin(transaction, definition);
        } catch (RuntimeException | Error e) {
            writeLock.unlock();
            throw e;
        }
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        try {
            super.doCleanupAfterCompletion(transaction);
        } finally {
            if (serialize && writeLock.isHeldByCurrentThread()) {
                writeLock.unlock();
            }
        }
    }

    private void acquire() {
        try {
            if (!writeLock.tryLock(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new CannotCreateTransactionException(
                        "The database stayed busy for " + waitMillis + " ms; try again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotCreateTransactionException("Interrupted while waiting for the database", e);
        }
    }

    /** Threads waiting for the write lock right now (for metrics and tests). */
    public int waiting() {
        return writeLock.getQueueLength();
    }
}
