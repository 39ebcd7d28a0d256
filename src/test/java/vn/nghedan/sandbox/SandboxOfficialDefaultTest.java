package vn.nghedan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import vn.nghedan.NgheDanApplication;
import vn.nghedan.officials.OfficialDirectory;

class SandboxOfficialDefaultTest {

    @Test
    void theWebChatsOfficialIsAnOfficialOfTheAppStartedWithoutSettings() throws Exception {
        Path db = Files.createTempDirectory("sandbox-official").resolve("app.db");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NgheDanApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off")
                // Arguments, not default properties: those rank below the jar's application.yml, so
                // the sandbox's ./data/sandbox.db of the working folder was used instead of this one.
                .run(
                        "--spring.datasource.url=jdbc:sqlite:" + db,
                        "--nghedan.data-folder=" + db.resolveSibling("data"))) {
            OfficialDirectory officials = app.getBean(OfficialDirectory.class);
            long persona = app.getBean(Personas.class).all().stream()
                    .filter(Personas.Persona::official)
                    .findFirst()
                    .orElseThrow()
                    .id();

            assertThat(persona).isEqualTo(9001);
            assertThat(officials.isOfficial(persona)).isTrue();
            assertThat(officials.isOfficial(1001)).isFalse();
        }
    }

    @Test
    void configuredOfficialsOrABotTokenLeaveTheSettingAlone() {
        assertThat(officialIdsAfter(Map.of())).isEqualTo("9001");
        assertThat(officialIdsAfter(Map.of(SandboxOfficialDefault.OFFICIAL_IDS, " ")))
                .isEqualTo("9001");
        assertThat(officialIdsAfter(Map.of(SandboxOfficialDefault.OFFICIAL_IDS, "42")))
                .isEqualTo("42");
        assertThat(officialIdsAfter(Map.of(NoBotTokenCondition.TOKEN_PROPERTY, "123:real")))
                .isNull();
    }

    private static String officialIdsAfter(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("settings", settings));
        new SandboxOfficialDefault().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty(SandboxOfficialDefault.OFFICIAL_IDS);
    }
}
