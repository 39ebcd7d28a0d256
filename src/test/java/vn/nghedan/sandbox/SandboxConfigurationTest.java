package vn.nghedan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.security.web.SecurityFilterChain;
import vn.nghedan.telegram.BotEndpoint;
import vn.nghedan.telegram.ReceivedUpdates;

class SandboxConfigurationTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withUserConfiguration(SandboxConfiguration.class, SandboxWebController.class);

    @Test
    void withoutATokenTheSandboxServesTheStandInAsTheBotEndpoint() {
        contexts.withPropertyValues("nghedan.telegram.token= ", "nghedan.admin.telegram-ids=7001, 7002")
                .run(context -> {
                    StandInServer server = context.getBean(StandInServer.class);
                    BotEndpoint endpoint = context.getBean(BotEndpoint.class);
                    assertThat(endpoint.sandbox()).isTrue();
                    assertThat(endpoint.apiUrl()).isEqualTo(server.baseUrl());
                    assertThat(endpoint.token()).isEqualTo("123456:sandbox");
                    assertThat(endpoint.toString()).doesNotContain("123456:sandbox");
                    assertThat(context.getBean(BotApiStandIn.class)).isNotNull();
                    assertThat(context.getBean(SandboxWebController.class)).isNotNull();
                    assertThat(context.getBean(Personas.class).all())
                            .extracting(Personas.Persona::id)
                            .containsExactly(1001L, 1002L, 1003L, 7001L);
                });
    }

    /** The app restarted on a database that holds updates up to 41: the stand-in goes on from 42. */
    @Test
    void theStandInNumbersUpdatesAboveTheOnesTheAppHolds() {
        contexts.withBean(ReceivedUpdates.class, () -> () -> 41)
                .withPropertyValues("nghedan.telegram.token= ")
                .run(context -> assertThat(context.getBean(BotApiStandIn.class)
                                .injectText(TelegramUser.of(1001, "Cô Lan"), "/help"))
                        .isEqualTo(42));
    }

    @Test
    void theStandInListensUntilTheContextCloses() throws Exception {
        int[] port = new int[1];
        contexts.withPropertyValues("nghedan.sandbox.port=0", "nghedan.sandbox.max-poll-hold=5s")
                .run(context -> port[0] = context.getBean(StandInServer.class).port());

        assertThat(port[0]).isPositive();
        try (java.net.ServerSocket again =
                new java.net.ServerSocket(port[0], 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThat(again.getLocalPort()).isEqualTo(port[0]);
        }
    }

    @Test
    void withATokenNothingOfTheSandboxExists() {
        contexts.withPropertyValues("nghedan.telegram.token=123:real").run(context -> {
            assertThat(context).doesNotHaveBean(BotApiStandIn.class);
            assertThat(context).doesNotHaveBean(StandInServer.class);
            assertThat(context).doesNotHaveBean(BotEndpoint.class);
            assertThat(context).doesNotHaveBean(SandboxWebController.class);
        });
    }

    @Test
    void theOfficialIsTheFirstConfiguredOfficialOr9001() {
        assertThat(Personas.firstOfficialId("")).isEqualTo(9001);
        assertThat(Personas.firstOfficialId(" , 42,43")).isEqualTo(42);
        // A typo in the list used to stop the sandbox from starting (NumberFormatException).
        assertThat(Personas.firstOfficialId("@can_bo, 42")).isEqualTo(42);
        assertThat(Personas.firstOfficialId("abc")).isEqualTo(9001);
        Personas cast = Personas.preset(1004);
        assertThat(cast.add("Bà Năm").id()).as("skips the official's id").isEqualTo(1005);
    }

    @Test
    void withATokenThereIsNoSandboxChain() {
        ApplicationContextRunner runner =
                new ApplicationContextRunner().withUserConfiguration(SandboxSecurity.class, SandboxWebController.class);
        runner.withPropertyValues("nghedan.telegram.token=123:real").run(app -> {
            assertThat(app).doesNotHaveBean(SecurityFilterChain.class);
            assertThat(app).doesNotHaveBean(SandboxWebController.class);
        });
    }

    @Test
    void theSandboxDatabaseIsADefaultThatAnySettingOverrides() {
        assertThat(urlAfter(Map.of())).isEqualTo("jdbc:sqlite:./data/sandbox.db");
        assertThat(urlAfter(Map.of("SPRING_DATASOURCE_URL", "jdbc:sqlite:/srv/ward.db")))
                .isEqualTo("jdbc:sqlite:/srv/ward.db");
        assertThat(urlAfter(Map.of("TELEGRAM_BOT_TOKEN", "123:real"))).isEqualTo("jdbc:sqlite:./data/nghe-dan.db");
    }

    /** The datasource URL after the post-processor, given these environment variables. */
    private static String urlAfter(Map<String, Object> environmentVariables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        Map<String, Object> jarDefaults = new HashMap<>();
        jarDefaults.put("spring.datasource.url", "jdbc:sqlite:./data/nghe-dan.db");
        jarDefaults.put("nghedan.data-folder", "./data");
        jarDefaults.put("nghedan.telegram.token", "${TELEGRAM_BOT_TOKEN:}");
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "Config resource 'class path resource [application.yml]' via location 'optional:classpath:/'",
                        jarDefaults));
        Map<String, Object> variables = new HashMap<>(environmentVariables);
        if (variables.containsKey("SPRING_DATASOURCE_URL")) {
            variables.put("spring.datasource.url", variables.get("SPRING_DATASOURCE_URL"));
        }
        environment.getPropertySources().addFirst(new MapPropertySource("systemEnvironment", variables));
        new SandboxDatabaseDefault().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("spring.datasource.url");
    }
}
