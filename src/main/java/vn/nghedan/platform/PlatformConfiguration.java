package vn.nghedan.platform;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** Every "now" comes from this clock, so tests can move time instead of sleeping. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The engine behind spring.datasource.url, for the few places where the engines must differ. */
    @Bean
    DatabaseEngine databaseEngine(@Value("${spring.datasource.url:jdbc:sqlite:}") String url) {
        return DatabaseEngine.of(url);
    }

    /**
     * On SQLite, transactions queue on one fair lock in the JVM instead of in SQLite's sleeping busy
     * handler (see {@link SqliteTransactionManager}); the wait is bounded like a busy timeout, only
     * longer, because a broadcast's planning may legitimately hold the database for seconds.
     * PostgreSQL has row locks and many writers: a plain transaction manager.
     */
    @Bean
    JdbcTransactionManager transactionManager(
            DataSource dataSource,
            @Value("${spring.datasource.url:jdbc:sqlite:}") String url,
            @Value("${nghedan.database.write-wait-ms:30000}") long waitMillis) {
        return DatabaseEngine.of(url) == DatabaseEngine.SQLITE
                ? new SqliteTransactionManager(dataSource, true, waitMillis)
                : new JdbcTransactionManager(dataSource);
    }

    /** SQLite's connection settings (nghedan.database.sqlite.*), on SQLite connections only. */
    @Bean
    static SqliteConnectionSettings sqliteConnectionSettings() {
        return new SqliteConnectionSettings();
    }

    /**
     * The app initialises its beans lazily (spring.main.lazy-initialization: a faster start on a
     * small machine); the schema migration still runs at start, so a database that cannot be
     * migrated stops the start instead of failing the first resident.
     */
    @Bean
    static LazyInitializationExcludeFilter migrateAtStart() {
        return LazyInitializationExcludeFilter.forBeanTypes(FlywayMigrationInitializer.class);
    }

    /** sqlite-jdbc compiles every statement anew: the pool's SQLite connections keep theirs. */
    @Bean
    static SqliteStatementCache sqliteStatementCache() {
        return new SqliteStatementCache();
    }

    /** Runs before any bean is made: sqlite-jdbc does not create the database file's folder. */
    @Bean
    static SqliteFolderCreator sqliteFolderCreator() {
        return new SqliteFolderCreator();
    }
}
