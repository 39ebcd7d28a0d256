package vn.nghedan.platform;

import java.sql.SQLException;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Scheduled jobs ({@code @Scheduled} with {@code @SchedulerLock}) run once across all instances
 * sharing the database: ShedLock keeps a lock row per job in the {@code shedlock} table; an
 * instance that finds a job's lock held skips that run. On one instance it costs a row write per
 * run. The app's transaction manager is used, so on SQLite the lock's writes queue on the app's
 * write lock like every other writer. Time is the instance's own clock (ShedLock's database time
 * exists for PostgreSQL, not for SQLite): keep the clocks in sync.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLockConfiguration {

    private static final int SQLITE_CONSTRAINT = 19;

    @Bean
    LockProvider lockProvider(DataSource dataSource, PlatformTransactionManager transactions, Leases leases) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(lockTemplate(dataSource))
                .withTransactionManager(transactions)
                .withTableName("shedlock")
                .withLockedByValue(leases.instanceId())
                .forceUtcTimeZone()
                .build());
    }

    /**
     * ShedLock inserts a job's row the first time an instance runs the job and expects a
     * DuplicateKeyException when the row exists (then it updates it). Spring knows no SQLite
     * error codes, so SQLite's unique violation arrives uncategorised and every first run after a
     * start failed with a LockException; it is translated here.
     */
    static JdbcTemplate lockTemplate(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        SQLExceptionTranslator spring = jdbc.getExceptionTranslator();
        jdbc.setExceptionTranslator((task, sql, e) -> sqliteUniqueViolation(e)
                ? new DuplicateKeyException(task + ": " + e.getMessage(), e)
                : spring.translate(task, sql, e));
        return jdbc;
    }

    /** SQLITE_CONSTRAINT (19) for a primary key or unique index. */
    private static boolean sqliteUniqueViolation(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return e.getErrorCode() == SQLITE_CONSTRAINT
                && (message.contains("UNIQUE constraint failed") || message.contains("PRIMARY KEY constraint failed"));
    }
}
