package vn.nghedan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every text exists in Vietnamese and English: the bundles of each base name hold the same keys. */
class MessageBundlesTest {

    @Test
    void vietnameseAndEnglishBundlesHoldTheSameKeys() throws IOException {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        assertThat(bundles).isNotEmpty();
        int pairs = 0;
        for (Resource vi : bundles) {
            String name = vi.getFilename();
            if (name == null || name.contains("_")) {
                continue;
            }
            Resource en = vi.createRelative(name.replace(".properties", "_en.properties"));
            assertThat(en.exists()).as("English bundle for %s", name).isTrue();
            Set<String> viKeys = keys(vi);
            Set<String> enKeys = keys(en);
            assertThat(enKeys).as("keys of %s vs its English bundle", name).isEqualTo(viKeys);
            assertThat(viKeys).isNotEmpty();
            pairs++;
        }
        assertThat(pairs).isGreaterThanOrEqualTo(1);
    }

    private static Set<String> keys(Resource resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = resource.getInputStream()) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
