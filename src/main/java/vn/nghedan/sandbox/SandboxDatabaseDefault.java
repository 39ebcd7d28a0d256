package vn.nghedan.sandbox;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * In sandbox mode the app keeps its own database ({@code data/sandbox.db}) and attachments
 * ({@code data/sandbox/}), unless SPRING_DATASOURCE_URL (or any setting other than the jar's
 * defaults) says where: a ward's production file never meets the web chat's personas, and
 * submission numbers of the two never share an attachments folder. With a bot token nothing
 * changes.
 */
public final class SandboxDatabaseDefault implements EnvironmentPostProcessor {

    static final String URL = "spring.datasource.url";
    static final String DATA_FOLDER = "nghedan.data-folder";
    static final String SANDBOX_URL = "jdbc:sqlite:./data/sandbox.db";
    static final String SANDBOX_FOLDER = "./data/sandbox";

    private static final String ALL_SOURCES = "configurationProperties";

    /** How Spring Boot names the application.yml inside the jar. */
    private static final String JAR_DEFAULTS = "class path resource [application.yml]";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!NoBotTokenCondition.isSandbox(environment)) {
            return;
        }
        PropertySource<?> urlSource = firstDefining(environment, URL);
        if (urlSource == null || !urlSource.getName().contains(JAR_DEFAULTS)) {
            return;
        }
        Map<String, Object> defaults = new HashMap<>(Map.of(URL, SANDBOX_URL));
        PropertySource<?> folderSource = firstDefining(environment, DATA_FOLDER);
        if (folderSource == null || folderSource.getName().contains(JAR_DEFAULTS)) {
            defaults.put(DATA_FOLDER, SANDBOX_FOLDER);
        }
        // Just above the jar's defaults: anything set anywhere else still wins.
        environment
                .getPropertySources()
                .addBefore(urlSource.getName(), new MapPropertySource("sandboxDatabase", defaults));
    }

    private static PropertySource<?> firstDefining(ConfigurableEnvironment environment, String key) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            // "configurationProperties" is a view of all the others, not a source of its own.
            if (!source.getName().equals(ALL_SOURCES) && source.containsProperty(key)) {
                return source;
            }
        }
        return null;
    }
}
