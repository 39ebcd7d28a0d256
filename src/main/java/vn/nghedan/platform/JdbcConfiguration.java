package vn.nghedan.platform;

import java.util.Collection;
import java.util.List;
import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;

/**
 * Spring Data JDBC's set-up with the app's converters for whichever engine runs: registered here
 * rather than inside a dialect, so PostgreSQL (Spring's own dialect) gets its converters too.
 * Replaces Boot's default configuration, which would otherwise register none.
 */
@Configuration(proxyBeanMethods = false)
class JdbcConfiguration extends AbstractJdbcConfiguration {

    private ApplicationContext context;

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
        super.setApplicationContext(applicationContext);
        this.context = applicationContext;
    }

    @Override
    protected List<?> userConverters() {
        JdbcDialect dialect = context.getBean(JdbcDialect.class);
        return DbTime.converters(dialect instanceof SqliteDialect ? DatabaseEngine.SQLITE : DatabaseEngine.POSTGRESQL);
    }

    /** The aggregates live in every feature module, not in this one's package. */
    @Override
    protected Collection<String> getMappingBasePackages() {
        return List.of("vn.nghedan");
    }
}
