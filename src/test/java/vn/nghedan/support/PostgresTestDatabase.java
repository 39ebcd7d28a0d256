package vn.nghedan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A context's database on the tests' PostgreSQL ({@link TestPostgres}): a fresh one per Spring
 * context, with its own data folder for attachments.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPostgres.Database db = TestPostgres.newDatabase();
        try {
            Path folder = Files.createTempDirectory("nghedan-e2e-pg");
            TestPropertyValues.of(
                            "spring.datasource.url=" + db.url(),
                            "spring.datasource.username=" + db.username(),
                            "spring.datasource.password=" + db.password(),
                            "nghedan.data-folder=" + folder.resolve("data"))
                    .applyTo(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
