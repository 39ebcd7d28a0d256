package vn.nghedan.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A lease on work only one instance may do at a time (long polling, sending): a row in the
 * {@code lease} table naming the holder and when the lease ends. The holder renews it well before
 * then; when a holder dies, its lease lapses and another instance takes it over.
 *
 * <p>Portable SQL only (a guarded UPDATE, then INSERT … ON CONFLICT DO NOTHING), correct on SQLite
 * (one writer at a time) and on PostgreSQL: a concurrent UPDATE of the same row waits for the
 * other's commit and re-checks its condition against the new row, so two instances never both
 * get it. Expiry is compared with each instance's own clock: keep the machines' clocks in sync
 * (NTP), with skew far below the lease's length.
 */
public final class Lease {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String name;
    private final String holder;
    private final Duration length;

    public Lease(JdbcClient jdbc, TransactionTemplate tx, Clock clock, String name, String holder, Duration length) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.name = name;
        this.holder = holder;
        this.length = length;
    }

    /**
     * Takes the lease if it is free or lapsed, or renews it if this holder has it; true when this
     * holder has it now, until {@code now + length}.
     */
    public boolean acquire() {
        Instant now = clock.instant();
        DbTime.Param until = DbTime.of(now.plus(length));
        Boolean held = tx.execute(s -> {
            int renewed = jdbc.sql("UPDATE lease SET holder = ?, expires_at = ?"
                            + " WHERE name = ? AND (holder = ? OR expires_at <= ?)")
                    .params(holder, until, name, holder, DbTime.of(now))
                    .update();
            if (renewed > 0) {
                return true;
            }
            return jdbc.sql("INSERT INTO lease (name, holder, expires_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                            .params(name, holder, until)
                            .update()
                    > 0;
        });
        return Boolean.TRUE.equals(held);
    }

    /** Gives the lease up at once (if this holder has it), so another instance need not wait for it to lapse. */
    public void release() {
        tx.executeWithoutResult(s -> jdbc.sql("DELETE FROM lease WHERE name = ? AND holder = ?")
                .params(name, holder)
                .update());
    }

    /** Who has the lease now, if anyone (a lapsed lease has no holder). */
    public Optional<String> holder() {
        DbTime.Param now = DbTime.of(clock.instant());
        return jdbc.sql("SELECT holder FROM lease WHERE name = ? AND expires_at > ?")
                .params(name, now)
                .query(String.class)
                .optional();
    }

    public String name() {
        return name;
    }

    public String me() {
        return holder;
    }

    public Duration length() {
        return length;
    }
}
