package vn.nghedan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.sqlite.SQLiteDataSource;

/** The same SQL run again on a pooled SQLite connection is not compiled again, and answers right. */
class StatementCachingDataSourceTest {

    @TempDir
    Path dir;

    private StatementCachingDataSource caching() {
        SQLiteDataSource sqlite = new SQLiteDataSource();
        sqlite.setUrl("jdbc:sqlite:" + dir.resolve("t.db"));
        return new StatementCachingDataSource(sqlite);
    }

    @Test
    void aRepeatedStatementIsCompiledOnceAndSeesEachCallsParameters() {
        StatementCachingDataSource caching = caching();
        HikariConfig config = new HikariConfig();
        config.setDataSource(caching);
        config.setMaximumPoolSize(1);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            jdbc.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT, note TEXT)");
            long before = caching.compiled();
            TransactionTemplate tx = new TransactionTemplate(new SqliteTransactionManager(pool, true, 5000));
            for (int i = 1; i <= 50; i++) {
                int id = i;
                tx.executeWithoutResult(
                        s -> jdbc.update("INSERT INTO item (id, name, note) VALUES (?, ?, ?)", id, "n" + id, null));
            }
            jdbc.update("UPDATE item SET note = ? WHERE id = ?", "first", 1);
            assertThat(jdbc.queryForList("SELECT name FROM item WHERE id = ?", String.class, 7))
                    .containsExactly("n7");
            assertThat(jdbc.queryForList("SELECT name FROM item WHERE id = ?", String.class, 8))
                    .containsExactly("n8");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM item", Integer.class))
                    .isEqualTo(50);
            // An insert that asks for its key (as Spring Data's do) still gets it.
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(
                    con -> {
                        PreparedStatement ps = con.prepareStatement(
                                "INSERT INTO item (name) VALUES (?)", Statement.RETURN_GENERATED_KEYS);
                        ps.setString(1, "keyed");
                        return ps;
                    },
                    key);
            assertThat(key.getKey().longValue()).isEqualTo(51);
            // INSERT, UPDATE, the SELECT and the keyed INSERT: four statements compiled for 54 runs
            // (the COUNT has no parameters and runs as a plain statement).
            assertThat(caching.compiled() - before).isEqualTo(4);
        }
    }

    @Test
    void theSameSqlOpenTwiceOnOneConnectionGetsTwoStatements() throws Exception {
        StatementCachingDataSource caching = caching();
        try (Connection c = caching.getConnection()) {
            c.createStatement().execute("CREATE TABLE n (v INTEGER)");
            c.createStatement().execute("INSERT INTO n VALUES (1), (2), (3)");
            String sql = "SELECT v FROM n WHERE v >= ? ORDER BY v";
            try (PreparedStatement outer = c.prepareStatement(sql)) {
                outer.setInt(1, 2);
                try (ResultSet rows = outer.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    try (PreparedStatement inner = c.prepareStatement(sql)) {
                        inner.setInt(1, 1);
                        try (ResultSet all = inner.executeQuery()) {
                            assertThat(all.next()).isTrue();
                            assertThat(all.getInt(1)).isEqualTo(1);
                        }
                    }
                    // The outer cursor was not disturbed by the inner one.
                    assertThat(rows.getInt(1)).isEqualTo(2);
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getInt(1)).isEqualTo(3);
                }
            }
        }
    }

    @Test
    void aStatementWithChangedSettingsIsNotHandedOn() throws Exception {
        StatementCachingDataSource caching = caching();
        try (Connection c = caching.getConnection()) {
            c.createStatement().execute("CREATE TABLE n (v INTEGER)");
            c.createStatement().execute("INSERT INTO n VALUES (1), (2), (3)");
            String sql = "SELECT v FROM n ORDER BY v";
            try (PreparedStatement limited = c.prepareStatement(sql)) {
                limited.setMaxRows(1);
                assertThat(values(limited)).containsExactly(1);
            }
            try (PreparedStatement again = c.prepareStatement(sql)) {
                assertThat(again.isClosed()).isFalse();
                assertThat(values(again)).containsExactly(1, 2, 3);
            }
            PreparedStatement closed = c.prepareStatement(sql);
            closed.close();
            assertThat(closed.isClosed()).isTrue();
        }
    }

    private static List<Integer> values(PreparedStatement statement) throws Exception {
        List<Integer> values = new java.util.ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getInt(1));
            }
        }
        return values;
    }
}
