package vn.nghedan.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.nghedan.support.EndToEndTest;
import vn.nghedan.support.HeadlessChromium;

/**
 * The sandbox's web chat plays a Zalo user (Debian's headless Chromium; skipped where it is not
 * installed): the page's Zalo tab writes through the Zalo stand-in's signed webhook events, the
 * bot's choices come back as numbered lines, and answering with a number goes on; the persona's
 * name is the Zalo profile name the app looks up.
 */
class ZaloSandboxPageBrowserTest extends EndToEndTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theWebChatsZaloUserOnboardsByAnsweringNumbers() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "Chromium is not installed");
        Path profile = Files.createTempDirectory("zalo-sandbox-chromium");
        ChromeDriver browser = HeadlessChromium.start(HeadlessChromium.options(profile, "--window-size=480,1000"));
        try {
            browser.get("http://127.0.0.1:" + port + "/sandbox");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            // the chat re-renders as messages arrive: an element read meanwhile is stale, not an error
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            // A Zalo user of its own, so that earlier runs' chats do not show.
            WebElement name = wait.until(page -> page.findElement(By.id("persona-name")));
            String persona = "Anh Tư " + (System.nanoTime() % 100_000);
            name.sendKeys(persona);
            browser.findElement(By.id("persona-zalo")).click();
            name.sendKeys(Keys.ENTER);
            wait.until(page -> page.findElement(By.id("chat-title")).getText().contains(persona + " (Zalo)"));

            WebElement text = browser.findElement(By.id("text"));
            text.sendKeys("Xin chào");
            text.sendKeys(Keys.ENTER);
            wait.until(page -> page.findElement(By.id("messages")).getText().contains("Nghị định 13/2023"));
            assertThat(browser.findElement(By.id("messages")).getText()).contains("1. ✅ Tôi đồng ý");

            text.sendKeys("1");
            text.sendKeys(Keys.ENTER);
            wait.until(page -> page.findElement(By.id("messages")).getText().contains("khóm nào"));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM resident r JOIN channel_address a ON a.resident_id = r.id"
                                    + " WHERE a.channel = 'ZALO' AND r.display_name = ?")
                            .param(persona)
                            .query(Long.class)
                            .single())
                    .as("known by the persona's name, from the stand-in's Zalo profile")
                    .isEqualTo(1);
        } finally {
            browser.quit();
        }
    }
}
