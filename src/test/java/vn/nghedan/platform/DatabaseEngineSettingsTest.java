package vn.nghedan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import vn.nghedan.support.EndToEndTest;

/**
 * What each engine's connections get: SQLite the settings a durable single-writer database needs
 * (WAL, FULL sync, foreign keys) and the app's write lock; PostgreSQL neither.
 */
class DatabaseEngineSettingsTest extends EndToEndTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void sqliteConnectionsAreDurableAndCheckForeignKeysBehindOneWriteLock() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            assertThat(pragma(s, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(s, "synchronous")).as("FULL").isEqualTo("2");
            assertThat(pragma(s, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(s, "busy_timeout")).isEqualTo("5000");
        }
        assertThat(transactions).isInstanceOf(SqliteTransactionManager.class);
    }

    private static String pragma(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
