package vn.nghedan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import vn.nghedan.support.EndToEndTest;
import vn.nghedan.support.OnPostgres;

/** {@link DatabaseEngineSettingsTest}'s other half: PostgreSQL gets none of SQLite's settings. */
@OnPostgres
class DatabaseEngineSettingsOnPostgresTest extends EndToEndTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void postgresqlConnectionsGetNoneOfSqlitesSettingsNorItsWriteLock() throws Exception {
        assertThat(dataSource.unwrap(HikariDataSource.class).getDataSourceProperties())
                .doesNotContainKeys("journal_mode", "synchronous", "foreign_keys", "transaction_mode");
        assertThat(transactions).isNotInstanceOf(SqliteTransactionManager.class);
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }
}
