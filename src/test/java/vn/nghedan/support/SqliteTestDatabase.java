package vn.nghedan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** The end-to-end context's database: a real SQLite file in a fresh temporary folder. */
public class SqliteTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            Path folder = Files.createTempDirectory("nghedan-e2e");
            TestPropertyValues.of(
                            "spring.datasource.url=jdbc:sqlite:" + folder.resolve("e2e.db"),
                            "nghedan.data-folder=" + folder.resolve("data"))
                    .applyTo(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
