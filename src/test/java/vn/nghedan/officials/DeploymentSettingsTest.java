package vn.nghedan.officials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The settings SECURITY.md tells an operator to set behind a TLS proxy reach Spring's properties. */
class DeploymentSettingsTest {

    @Test
    void behindATlsProxyTheCookieIsSecureAndForwardedHeadersAreRead() throws IOException {
        Binder binder = binder(Map.of(
                "NGHEDAN_SECURE_COOKIES", "true",
                "SERVER_FORWARD_HEADERS_STRATEGY", "native",
                "SPRINGDOC_API_DOCS_ENABLED", "false"));

        assertThat(binder.bind("server.servlet.session.cookie.secure", Boolean.class)
                        .get())
                .isTrue();
        assertThat(binder.bind("server.forward-headers-strategy", String.class).get())
                .isEqualTo("native");
        assertThat(binder.bind("springdoc.api-docs.enabled", Boolean.class).get())
                .isFalse();
    }

    @Test
    void byDefaultAPlainHttpOfficeInstallStillWorks() throws IOException {
        Binder binder = binder(Map.of());

        assertThat(binder.bind("server.servlet.session.cookie.secure", Boolean.class)
                        .get())
                .isFalse();
        assertThat(binder.bind("server.servlet.session.cookie.http-only", Boolean.class)
                        .get())
                .isTrue();
        assertThat(binder.bind("server.servlet.session.cookie.same-site", String.class)
                        .get())
                .isEqualTo("lax");
        assertThat(binder.bind("server.forward-headers-strategy", String.class).get())
                .isEqualTo("none");
    }

    /** The built-in application.yml under the given environment variables. */
    private static Binder binder(Map<String, Object> variables) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        for (PropertySource<?> source :
                new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))) {
            environment.getPropertySources().addLast(source);
        }
        return Binder.get(environment);
    }
}
