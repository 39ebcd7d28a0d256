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
import org.springframework.beans.factory.annotation.Value;
import vn.nghedan.support.EndToEndTest;
import vn.nghedan.support.HeadlessChromium;

/**
 * The sandbox's web chat plays a Zalo user (Debian's headless Chromium; skipped where it is not
 * installed): the page's Zalo tab writes through the Zalo stand-in's signed webhook events, the
 * bot's choices come back as numbered lines, and answering with a number goes on.
 */
class ZaloSandboxPageBrowserTest extends EndToEndTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void theWebChatsZaloUserOnboardsByAnsweringNumbers() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "Chromium is not installed");
        Path profile = Files.createTempDirectory("zalo-sandbox-chromium");
        ChromeDriver browser = HeadlessChromium.start(HeadlessChromium.options(profile, "--window-size=480,1000"));
        try {
            browser.get("http://127.0.0.1:" + port + "/sandbox");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            // A Zalo user of its own, so that earlier runs' chats do not show.
            WebElement name = wait.until(page -> page.findElement(By.id("persona-name")));
            name.sendKeys("Anh Tư");
            browser.findElement(By.id("persona-zalo")).click();
            name.sendKeys(Keys.ENTER);
            wait.until(page -> page.findElement(By.id("chat-title")).getText().contains("Anh Tư (Zalo)"));

            WebElement text = browser.findElement(By.id("text"));
            text.sendKeys("Xin chào");
            text.sendKeys(Keys.ENTER);
            wait.until(page -> page.findElement(By.id("messages")).getText().contains("Nghị định 13/2023"));
            assertThat(browser.findElement(By.id("messages")).getText()).contains("1. ✅ Tôi đồng ý");

            text.sendKeys("1");
            text.sendKeys(Keys.ENTER);
            wait.until(page -> page.findElement(By.id("messages")).getText().contains("khóm nào"));
        } finally {
            browser.quit();
        }
    }
}
