package vn.nghedan.sandbox;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In sandbox mode with no ADMIN_TELEGRAM_IDS, the web chat's official persona is the ward's
 * official: a newcomer who runs the app without settings can try {@code /agenda} and the
 * officials' notices as "Cán bộ phường", where before that persona was told the command is for
 * officials. An ADMIN_TELEGRAM_IDS that is set wins; with a bot token nothing changes.
 */
public final class SandboxOfficialDefault implements EnvironmentPostProcessor {

    static final String OFFICIAL_IDS = "nghedan.admin.telegram-ids";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String officials = environment.getProperty(OFFICIAL_IDS);
        if (NoBotTokenCondition.isSandbox(environment) && (officials == null || officials.isBlank())) {
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "sandboxOfficial", Map.of(OFFICIAL_IDS, Long.toString(Personas.DEFAULT_OFFICIAL_ID))));
        }
    }
}
