package vn.nghedan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Writers from many threads on one SQLite file: queued in the JVM, none refused as busy. */
class SqliteTransactionManagerTest {

    @TempDir
    Path dir;

    private SQLiteDataSource dataSource(int busyTimeoutMillis) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(busyTimeoutMillis);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + dir.resolve("t.db"));
        return ds;
    }

    @Test
    void writersThatWouldOutwaitSqlitesBusyTimeoutAreServedInTurn() throws Exception {
        // A busy timeout far shorter than the queue: without the JVM lock most writers would fail.
        SQLiteDataSource ds = dataSource(20);
        new JdbcTemplate(ds).execute("CREATE TABLE t (id INTEGER PRIMARY KEY, writer INTEGER)");
        TransactionTemplate tx = new TransactionTemplate(new SqliteTransactionManager(ds, true, 30_000));
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        int writers = 8;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        tx.executeWithoutResult(s -> {
                            jdbc.update("INSERT INTO t (writer) VALUES (?)", writer);
                            sleep(5); // holds the write lock longer than the busy timeout allows in total
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM t", Integer.class)).isEqualTo(writers * each);
    }

    @Test
    void aWriterThatWaitsTooLongIsToldSoAndChangesNothing() throws Exception {
        SQLiteDataSource ds = dataSource(5000);
        new JdbcTemplate(ds).execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
        SqliteTransactionManager manager = new SqliteTransactionManager(ds, true, 100);
        TransactionTemplate tx = new TransactionTemplate(manager);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> tx.executeWithoutResult(s -> {
            new JdbcTemplate(ds).update("INSERT INTO t DEFAULT VALUES");
            holding.countDown();
            await(release);
        }));
        holder.start();
        holding.await();
        assertThatThrownBy(
                        () -> tx.executeWithoutResult(s -> new JdbcTemplate(ds).update("INSERT INTO t DEFAULT VALUES")))
                .isInstanceOf(CannotCreateTransactionException.class)
                .hasMessageContaining("busy");
        release.countDown();
        holder.join();
        assertThat(new JdbcTemplate(ds).queryForObject("SELECT COUNT(*) FROM t", Integer.class))
                .isEqualTo(1);
        assertThat(manager.waiting()).isZero();
    }

    @Test
    void anotherDatabaseIsNotSerialised() {
        SingleConnectionDataSource ds = new SingleConnectionDataSource("jdbc:sqlite::memory:", true);
        SqliteTransactionManager manager = new SqliteTransactionManager(ds, false, 1);
        TransactionTemplate tx = new TransactionTemplate(manager);
        Integer nested = tx.execute(s -> tx.execute(inner -> 42));
        assertThat(nested).isEqualTo(42);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
