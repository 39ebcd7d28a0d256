package vn.nghedan.platform;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Puts {@link StatementCachingDataSource} under the pool when the database is SQLite: the pool
 * then opens its connections through it, with its own URL and driver properties. PostgreSQL's
 * driver keeps its own statement cache (prepareThreshold), so a PostgreSQL pool is left alone.
 */
class SqliteStatementCache implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool
                && pool.getDataSource() == null
                && DatabaseEngine.of(pool.getJdbcUrl()) == DatabaseEngine.SQLITE) {
            pool.setDataSource(new StatementCachingDataSource(new PoolDriver(pool)));
        }
        return bean;
    }

    /**
     * The driver as the pool would have used it, made at the first connection: by then every
     * post-processor has had its say (the connection settings are added by another one).
     */
    private static final class PoolDriver extends AbstractDataSource {

        private final HikariDataSource pool;
        private volatile DataSource driver;
        /**
         * Kept for the pool, which sets it from its connection timeout and, when it shuts down,
         * waits this long for a connection being opened; the 0 of a data source without one made
         * that wait none, and a stop that met such a connection logged a WARN.
         */
        private volatile int loginTimeoutSeconds;

        PoolDriver(HikariDataSource pool) {
            this.pool = pool;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return driver().getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return driver().getConnection(username, password);
        }

        @Override
        public int getLoginTimeout() {
            return loginTimeoutSeconds;
        }

        @Override
        public void setLoginTimeout(int seconds) {
            loginTimeoutSeconds = seconds;
        }

        private DataSource driver() {
            DataSource d = driver;
            if (d == null) {
                synchronized (this) {
                    if (driver == null) {
                        driver = new DriverDataSource(
                                pool.getJdbcUrl(),
                                pool.getDriverClassName(),
                                pool.getDataSourceProperties(),
                                pool.getUsername(),
                                pool.getPassword());
                    }
                    d = driver;
                }
            }
            return d;
        }
    }
}
