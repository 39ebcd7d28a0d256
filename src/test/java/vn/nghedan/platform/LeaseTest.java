package vn.nghedan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nghedan.support.EndToEndTest;
import vn.nghedan.support.SettableClock;

/**
 * Two instances' leases on the app's database (the shared test context's), with a clock the test
 * moves: one holder at a time, and a lease that its holder stops renewing passes to the other.
 */
class LeaseTest extends EndToEndTest {

    private static final Duration LENGTH = Duration.ofSeconds(30);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-05T01:00:00Z"));
    private final String name = "test-" + UUID.randomUUID().toString().substring(0, 8);

    private Lease lease(String holder) {
        return new Lease(jdbc, tx, clock, name, holder, LENGTH);
    }

    @Test
    void aLeaseHasOneHolderAndPassesToAnotherInstanceWhenItsHolderStopsRenewing() {
        Lease a = lease("instance-a");
        Lease b = lease("instance-b");

        assertThat(a.acquire()).isTrue();
        assertThat(b.acquire()).isFalse();
        assertThat(b.holder()).contains("instance-a");

        // a renews within its lease: b still waits after the first lease would have lapsed.
        clock.advance(Duration.ofSeconds(20));
        assertThat(a.acquire()).isTrue();
        clock.advance(Duration.ofSeconds(25));
        assertThat(b.acquire()).isFalse();

        // a stops renewing (dead, or cut off): once its lease lapses, b takes over and a is out.
        clock.advance(Duration.ofSeconds(6));
        assertThat(a.holder()).isEmpty();
        assertThat(b.acquire()).isTrue();
        assertThat(a.acquire()).isFalse();
        assertThat(a.holder()).contains("instance-b");

        // a's release does not touch b's lease; b's own release frees it at once.
        a.release();
        assertThat(a.holder()).contains("instance-b");
        b.release();
        assertThat(a.holder()).isEmpty();
        assertThat(a.acquire()).isTrue();
    }

    @Test
    void anInstanceRestartedUnderTheSameNameTakesItsLeaseBackWithoutWaiting() {
        assertThat(lease("host:8080").acquire()).isTrue();
        clock.advance(Duration.ofSeconds(5));
        assertThat(lease("host:8080").acquire()).isTrue();
        assertThat(lease("host:8081").acquire()).isFalse();
    }

    @Test
    void instancesRacingForAFreeLeaseLeaveItToExactlyOne() throws Exception {
        int instances = 6;
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                Lease mine = lease("racer-" + i);
                results.add(pool.submit(() -> {
                    go.await();
                    return mine.acquire();
                }));
            }
            go.countDown();
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            assertThat(lease("observer").holder())
                    .hasValueSatisfying(h -> assertThat(h).startsWith("racer-"));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Stands still until the test moves it. */
}
