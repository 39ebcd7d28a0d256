package vn.nghedan.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/** Creates the folder of a {@code jdbc:sqlite:} file URL before the data source opens it. */
class SqliteFolderCreator implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        sqliteFile(environment.getProperty("spring.datasource.url", "")).ifPresent(file -> {
            Path folder = file.toAbsolutePath().getParent();
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the database folder " + folder, e);
            }
        });
    }

    static java.util.Optional<Path> sqliteFile(String url) {
        if (!url.startsWith("jdbc:sqlite:")) {
            return java.util.Optional.empty();
        }
        String rest = url.substring("jdbc:sqlite:".length());
        int query = rest.indexOf('?');
        String file = query >= 0 ? rest.substring(0, query) : rest;
        if (file.startsWith("file:")) {
            file = file.substring("file:".length());
        }
        if (file.isBlank() || file.equals(":memory:") || file.contains("mode=memory")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Path.of(file));
    }
}
