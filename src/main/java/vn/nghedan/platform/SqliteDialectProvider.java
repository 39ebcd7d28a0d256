package vn.nghedan.platform;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.jdbc.core.dialect.DialectResolver;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;

/** Answers only for SQLite, so PostgreSQL keeps Spring's own dialect (registered in spring.factories). */
public class SqliteDialectProvider implements DialectResolver.JdbcDialectProvider {

    @Override
    public Optional<Dialect> getDialect(JdbcOperations operations) {
        String product = operations.execute((ConnectionCallback<String>) connection -> {
            DatabaseMetaData metaData = connection.getMetaData();
            return metaData.getDatabaseProductName();
        });
        return product != null && product.toLowerCase(Locale.ROOT).contains("sqlite")
                ? Optional.of(SqliteDialect.INSTANCE)
                : Optional.empty();
    }
}
