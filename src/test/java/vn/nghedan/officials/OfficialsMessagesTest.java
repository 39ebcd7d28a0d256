package vn.nghedan.officials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The officials' bundles hold the same keys, and every key the code and templates use. */
class OfficialsMessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern KEY_IN_JAVA = Pattern.compile("\"(officials\\.[a-z_.-]*[a-z_-])\"");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{(officials\\.[a-z_.-]+)}");

    @Test
    void vietnameseAndEnglishHoldTheSameKeys() throws IOException {
        assertThat(load("officials_en.properties").stringPropertyNames())
                .isEqualTo(load("officials.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedIsDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        // the module and its sub-packages (console, api, accounts, security, bot)
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/vn/nghedan/officials"))) {
            for (Path source : sources.filter(Files::isRegularFile).toList()) {
                collect(KEY_IN_JAVA, Files.readString(source), used);
            }
        }
        collect(KEY_IN_TEMPLATE, Files.readString(Path.of("src/main/resources/templates/login.html")), used);

        assertThat(used).isNotEmpty();
        assertThat(load("officials.properties").stringPropertyNames()).containsAll(used);
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
