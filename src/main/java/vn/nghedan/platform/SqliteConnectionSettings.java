package vn.nghedan.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Gives every pooled SQLite connection the settings of {@code nghedan.database.sqlite.connection}
 * (WAL, FULL sync, foreign keys, IMMEDIATE transactions …: sqlite-jdbc applies them as connection
 * properties). A PostgreSQL data source is left as configured. A setting given directly in
 * {@code spring.datasource.hikari.data-source-properties} wins.
 */
class SqliteConnectionSettings implements BeanPostProcessor, EnvironmentAware {

    private Map<String, String> settings = Map.of();

    @Override
    public void setEnvironment(Environment environment) {
        settings = Binder.get(environment)
                .bind("nghedan.database.sqlite.connection", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && DatabaseEngine.of(pool.getJdbcUrl()) == DatabaseEngine.SQLITE) {
            settings.forEach((name, value) -> {
                if (!pool.getDataSourceProperties().containsKey(name)) {
                    pool.addDataSourceProperty(name, value);
                }
            });
        }
        return bean;
    }
}
