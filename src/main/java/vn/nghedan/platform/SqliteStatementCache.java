package vn.nghedan.platform;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Puts {@link StatementCachingDataSource} under the pool when the database is SQLite (the pool
 * then opens its connections through it, with the same URL and driver properties). Other
 * databases keep their driver's own statement cache (PostgreSQL's prepareThreshold).
 */
class SqliteStatementCache implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool
                && pool.getDataSource() == null
                && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:sqlite:")) {
            pool.setDataSource(new StatementCachingDataSource(new DriverDataSource(
                    pool.getJdbcUrl(),
                    pool.getDriverClassName(),
                    pool.getDataSourceProperties(),
                    pool.getUsername(),
                    pool.getPassword())));
        }
        return bean;
    }
}
