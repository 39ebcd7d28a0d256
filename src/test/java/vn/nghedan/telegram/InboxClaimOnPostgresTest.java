package vn.nghedan.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nghedan.platform.DbTime;
import vn.nghedan.support.TestPostgres;

/**
 * The per-chat claim of the inbox on PostgreSQL, as two instances see it: two transactions on two
 * threads, each with its own connection. While one instance holds a chat's oldest update, the
 * other takes neither it nor that chat's next one, only other chats'; the chat's next update is
 * free once the first is committed as handled, and a claim rolled back (a dead instance) frees the
 * update again.
 */
class InboxClaimOnPostgresTest {

    private static final long LAN = 20_001;
    private static final long HUNG = 20_002;
    private static final long MAI = 20_003;

    private JdbcClient jdbc;
    private TransactionTemplate tx;
    private UpdateInbox inbox;
    /** The other instance's thread. */
    private final ExecutorService other = Executors.newSingleThreadExecutor();

    @BeforeEach
    void freshDatabase() {
        TestPostgres.Database db = TestPostgres.newDatabase();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(db.url(), db.username(), db.password());
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/postgresql")
                .load()
                .migrate();
        jdbc = JdbcClient.create(dataSource);
        tx = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        inbox = new UpdateInbox(jdbc, tx, Clock.systemUTC());
        // Lan writes twice; Hùng and Mai once each, in between.
        store(1, LAN);
        store(2, HUNG);
        store(3, LAN);
        store(4, MAI);
    }

    @AfterEach
    void noThreadLeft() {
        other.shutdownNow();
    }

    @Test
    void whileOneInstanceHoldsAChatTheOtherTakesOnlyOtherChatsAndThenTheChatsNextUpdate() throws Exception {
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<List<Long>> first = CompletableFuture.supplyAsync(
                () -> tx.execute(s -> {
                    List<Long> ids = ids(inbox.claim(1));
                    claimed.countDown();
                    await(done);
                    ids.forEach(id -> inbox.markProcessed(id, "OK"));
                    return ids;
                }),
                other);
        assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();

        // Lan's first update is held; her second must wait for it, so only Hùng's and Mai's go.
        assertThat(claimInOwnTransaction(10)).containsExactly(2L, 4L);

        done.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).containsExactly(1L);
        // Committed as handled: Lan's second update is hers to take now, and nothing else.
        assertThat(claimAndHandle(10)).containsExactly(2L, 3L, 4L);
        assertThat(claimInOwnTransaction(10)).isEmpty();
    }

    @Test
    void anUpdateClaimedByAnInstanceThatDiesIsTakenByTheOther() throws Exception {
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch die = new CountDownLatch(1);
        CompletableFuture<Void> dying = CompletableFuture.runAsync(
                () -> tx.executeWithoutResult(s -> {
                    assertThat(ids(inbox.claim(10))).containsExactly(1L, 2L, 4L);
                    claimed.countDown();
                    await(die);
                    // Its connection is lost before the commit: the transaction rolls back.
                    s.setRollbackOnly();
                }),
                other);
        assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(claimInOwnTransaction(10)).isEmpty();

        die.countDown();
        dying.get(30, TimeUnit.SECONDS);
        assertThat(claimInOwnTransaction(10)).containsExactly(1L, 2L, 4L);
    }

    /** A transaction that claims and ends without handling: what it claimed is pending again. */
    private List<Long> claimInOwnTransaction(int limit) {
        List<Long> ids = tx.execute(s -> ids(inbox.claim(limit)));
        return ids;
    }

    private List<Long> claimAndHandle(int limit) {
        List<Long> ids = tx.execute(s -> {
            List<Long> claimed = ids(inbox.claim(limit));
            claimed.forEach(id -> inbox.markProcessed(id, "OK"));
            return claimed;
        });
        return ids;
    }

    private void store(long updateId, long chatId) {
        jdbc.sql("INSERT INTO telegram_update (update_id, chat_id, payload, received_at) VALUES (?, ?, '{}', ?)")
                .params(updateId, chatId, DbTime.of(Instant.now()))
                .update();
    }

    private static List<Long> ids(List<UpdateInbox.Row> rows) {
        return rows.stream().map(UpdateInbox.Row::updateId).collect(Collectors.toList());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
