package vn.nghedan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.sqlite.core.CoreStatement;
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

    @Test
    void aSqliteConnectionCompilesARepeatedStatementOnce() throws Exception {
        String sql = "SELECT COUNT(*) FROM resident WHERE neighbourhood_code = ?";
        try (Connection c = dataSource.getConnection()) {
            Object first;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, "K1");
                ps.executeQuery().close();
                first = ps.unwrap(CoreStatement.class);
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, "K2");
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                }
                assertThat(ps.unwrap(CoreStatement.class)).isSameAs(first);
            }
        }
    }

    private static String pragma(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
