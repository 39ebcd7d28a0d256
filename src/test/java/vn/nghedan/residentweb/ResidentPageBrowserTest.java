package vn.nghedan.residentweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.nghedan.submission.Attachment;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Submission;
import vn.nghedan.support.HeadlessChromium;

/**
 * The resident page in Debian's headless Chromium at a cheap phone's size (360×740; skipped where
 * Chromium is not installed): every field has a label, the page weighs at most 150 KB, a resident
 * files with a large photo that the page shrinks to at most 1600 px, follows the private link, and
 * sees the ward's answer there once an official gives it.
 */
class ResidentPageBrowserTest extends WebTestSupport {

    private static final long MAX_PAGE_BYTES = 150 * 1024;
    private static final Pattern NUMBER = Pattern.compile("#(\\d+)");

    private static ChromeDriver browser;
    private static Path profile;
    private static Path photo;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(HeadlessChromium.installed(), "Chromium is not installed");
        profile = Files.createTempDirectory("resident-chromium");
        photo = Files.createTempFile("street", ".jpg");
        ImageIO.write(streetPhoto(4000, 3000), "jpg", photo.toFile());
        browser = HeadlessChromium.start(HeadlessChromium.options(profile, "--lang=vi-VN"));
        browser.manage().window().setSize(new Dimension(360, 740));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (photo != null) {
            Files.deleteIfExists(photo);
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void everyFieldHasALabelAndThePageWeighsAtMost150Kilobytes() {
        browser.get(url("/y-kien?khom=K2"));
        waitFor().until(d -> "complete".equals(browser.executeScript("return document.readyState")));

        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>)
                browser.executeScript("return Array.from(document.querySelectorAll('input,select,textarea'))"
                        + ".filter(e => e.type !== 'hidden')"
                        + ".filter(e => !(e.id && document.querySelector('label[for=\"' + e.id + '\"]')) && !e.closest('label'))"
                        + ".map(e => e.name);");
        assertThat(unlabelled).as("fields without a label").isEmpty();
        assertThat(browser.findElements(By.cssSelector("input[type=file],select,textarea,input[type=radio]")))
                .hasSizeGreaterThanOrEqualTo(9);
        assertThat(new Select(browser.findElement(By.id("khom")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Khóm 2");

        long bytes = ((Number) browser.executeScript("const nav = performance.getEntriesByType('navigation')[0];"
                        + "return performance.getEntriesByType('resource')"
                        + ".reduce((sum, r) => sum + r.decodedBodySize, nav.decodedBodySize);"))
                .longValue();
        System.out.printf("Resident page weight (HTML + CSS + JS, uncompressed): %d bytes%n", bytes);
        assertThat(bytes).isPositive().isLessThanOrEqualTo(MAX_PAGE_BYTES);
    }

    @Test
    void aResidentFilesWithAPhotoFollowsTheLinkAndSeesTheAnswer() throws IOException {
        browser.get(url("/y-kien?khom=K3"));
        waitFor().until(d -> "complete".equals(browser.executeScript("return document.readyState")));
        long shown = System.currentTimeMillis();
        browser.findElement(By.cssSelector("input[name=kind][value=COMPLAINT]")).click();
        new Select(browser.findElement(By.id("topic"))).selectByValue("5");
        String text = unique("Ổ gà lớn giữa đường Nguyễn Huệ, xe máy té ngã");
        browser.findElement(By.id("text")).sendKeys(text);
        browser.findElement(By.id("photos")).sendKeys(photo.toString());
        browser.findElement(By.id("name")).sendKeys("Phạm Thị Sáu");
        browser.findElement(By.id("contact")).sendKeys("0901 234 567");
        screenshot("resident-form.png");
        long waited = settings.minimumFillTime().toMillis() + 500 - (System.currentTimeMillis() - shown);
        if (waited > 0) {
            sleep(waited);
        }
        browser.findElement(By.id("send")).click();
        // The script may first offer similar matters of the khóm; sending again files anyway.
        waitFor()
                .until(
                        d -> Boolean.TRUE.equals(
                                browser.executeScript(
                                        "const similar = document.getElementById('similar');"
                                                + "return location.pathname.includes('/theo-doi/') || (similar !== null && !similar.hidden);")));
        if (!browser.getCurrentUrl().contains("/y-kien/theo-doi/")) {
            browser.findElement(By.id("send")).click();
        }
        waitFor().until(d -> browser.getCurrentUrl().contains("/y-kien/theo-doi/"));

        String confirmation = browser.findElement(By.id("confirmation")).getText();
        Matcher number = NUMBER.matcher(confirmation);
        assertThat(number.find()).as(confirmation).isTrue();
        WebElement link = browser.findElement(By.id("follow-link"));
        String followUrl = link.getAttribute("href");
        assertThat(link.getText()).isEqualTo(followUrl).contains("/y-kien/theo-doi/");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Mới gửi, chờ xem xét");

        Submission filed = submissions.get(Long.parseLong(number.group(1)));
        assertThat(filed.getChannel()).isEqualTo(Channel.WEB);
        assertThat(filed.getText()).isEqualTo(text);
        assertThat(filed.getAuthorName()).isEqualTo("Phạm Thị Sáu");
        assertThat(filed.getAttachments()).hasSize(1);
        Attachment kept = filed.getAttachments().get(0);
        assertThat(kept.kind()).isEqualTo("PHOTO");
        BufferedImage stored = ImageIO.read(Path.of(kept.storedPath()).toFile());
        assertThat(Math.max(stored.getWidth(), stored.getHeight()))
                .as("shrunk in the phone before sending")
                .isEqualTo(1600);
        assertThat(stored.getWidth()).isEqualTo(1600);
        System.out.printf(
                "Photo 4000x3000 (%d bytes) sent as %dx%d (%d bytes)%n",
                Files.size(photo), stored.getWidth(), stored.getHeight(), kept.sizeBytes());

        // An official answers it in the console (signed in in the same browser, as at the ward office).
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("e2e-admin-password");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor().until(d -> !browser.findElements(By.cssSelector(".who")).isEmpty());
        browser.get(url("/console/submissions/" + filed.number()));
        browser.findElement(By.cssSelector("#step-answer summary")).click();
        browser.findElement(By.id("answer")).sendKeys("Phường đã cho lấp ổ gà; xin cảm ơn bà con đã báo.");
        browser.findElement(By.cssSelector("#step-answer button[type=submit]")).click();
        // read by script: the form's page is being replaced by the answered one meanwhile
        waitFor()
                .until(
                        d -> "Đã trả lời"
                                .equals(
                                        browser.executeScript(
                                                "const s = document.querySelector('h1 .status'); return s ? s.textContent.trim() : null;")));
        browser.manage().deleteAllCookies();

        browser.get(followUrl);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đã trả lời");
        assertThat(browser.findElement(By.id("answer")).getText())
                .contains("Phường đã cho lấp ổ gà; xin cảm ơn bà con đã báo.");
        assertThat(browser.findElements(By.id("no-answer"))).isEmpty();
        screenshot("resident-follow-answered.png");

        // She then has her name, phone and photo erased from it; the answer and the text stay.
        assertThat(browser.findElement(By.id("personal")).getText()).contains("Phạm Thị Sáu", "Ảnh đính kèm: 1");
        browser.findElement(By.id("forget")).click();
        waitFor().until(d -> !browser.findElements(By.id("erased")).isEmpty());
        assertThat(browser.findElements(By.id("personal"))).isEmpty();
        assertThat(browser.findElement(By.id("answer")).getText())
                .contains("Phường đã cho lấp ổ gà; xin cảm ơn bà con đã báo.");
        Submission erased = submissions.get(filed.number());
        assertThat(erased.getAuthorName()).isNull();
        assertThat(erased.getContact()).isNull();
        assertThat(Path.of(kept.storedPath())).doesNotExist();
    }

    /** For people reviewing the page: target/screenshots/, as the console's browser test does. */
    private static void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** Waits through a page being replaced: an element of the old page read meanwhile is stale, not an error. */
    private static WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A photo-sized picture with some detail, as a phone's camera makes (4000×3000). */
    private static BufferedImage streetPhoto(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(70, 110, 160), width, height, new Color(200, 170, 120)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        for (int x = 0; x < width; x += 97) {
            g.drawLine(x, 0, width - x, height);
        }
        g.dispose();
        return image;
    }
}
