package vn.nghedan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import vn.nghedan.support.HeadlessChromium;

/**
 * The web chat in a real browser (Debian's headless Chromium; skipped where it is not installed):
 * a person plays a resident, the bot's buttons work, and a resident's "<script>" stays text.
 */
class SandboxPageBrowserTest {

    /** Only what the web chat needs: MVC, Thymeleaf, JSON, multipart and the sandbox itself. */
    @SpringBootConfiguration
    @ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        MultipartAutoConfiguration.class,
        ThymeleafAutoConfiguration.class
    })
    @Import({SandboxConfiguration.class, SandboxWebController.class})
    static class SandboxOnly {}

    private static ConfigurableApplicationContext app;
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "Chromium is not installed");
        app = new SpringApplicationBuilder(SandboxOnly.class)
                .web(WebApplicationType.SERVLET)
                .properties("server.port=0", "spring.main.banner-mode=off", "nghedan.admin.telegram-ids=9001")
                .run();
        profile = Files.createTempDirectory("sandbox-chromium");
        ChromeOptions options = HeadlessChromium.options(profile, "--window-size=480,1000");
        browser = HeadlessChromium.start(options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aPersonChatsWithTheBotThroughThePage() throws Exception {
        BotApiStandIn standIn = app.getBean(BotApiStandIn.class);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        browser.get("http://127.0.0.1:" + port + "/sandbox");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        // the chat re-renders as messages arrive: an element read meanwhile is stale, not an error
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.until(page -> page.findElement(By.id("chat-title")).getText().contains("Cô Lan"));

        WebElement text = browser.findElement(By.id("text"));
        text.sendKeys("<script>document.title='hacked'</script> Đường hẻm số 3 bị ngập");
        text.sendKeys(Keys.ENTER);
        JsonUpdate sent = JsonUpdate.next(standIn);
        assertThat(sent.text()).startsWith("<script>");
        assertThat(sent.fromName()).isEqualTo("Cô Lan");

        standIn.call(
                "sendMessage",
                Params.json("{\"chat_id\":1001,\"text\":\"Bạn muốn gửi loại ý kiến nào?\",\"reply_markup\":"
                        + "{\"inline_keyboard\":[[{\"text\":\"Câu hỏi\",\"callback_data\":\"kind:q\"},"
                        + "{\"text\":\"Phản ánh\",\"callback_data\":\"kind:r\"}]]}}"));
        WebElement report = wait.until(page -> page.findElements(By.cssSelector(".keyboard button")).stream()
                .filter(button -> button.getText().equals("Phản ánh"))
                .findFirst()
                .orElse(null));
        assertThat(browser.findElement(By.id("messages")).getText())
                .contains("<script>document.title='hacked'</script> Đường hẻm số 3 bị ngập");
        assertThat(browser.getTitle()).doesNotContain("hacked");

        report.click();
        JsonUpdate press = JsonUpdate.next(standIn);
        assertThat(press.callbackData()).isEqualTo("kind:r");

        Files.write(Path.of("target", "sandbox-page.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** The next update the page caused, read as the bot would read it. */
    private record JsonUpdate(String text, String fromName, String callbackData) {

        static JsonUpdate next(BotApiStandIn standIn) {
            var updates =
                    standIn.call("getUpdates", Params.json("{\"timeout\":5}")).result();
            assertThat(updates).hasSize(1);
            var update = updates.get(0);
            standIn.call(
                    "getUpdates",
                    Params.json("{\"offset\":" + (update.path("update_id").asInt() + 1) + "}"));
            var message = update.path("message");
            var press = update.path("callback_query");
            return new JsonUpdate(
                    message.path("text").asText(null),
                    message.isMissingNode()
                            ? press.path("from").path("first_name").asText()
                            : message.path("from").path("first_name").asText(),
                    press.path("data").asText(null));
        }
    }
}
