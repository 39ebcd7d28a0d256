package vn.nghedan.officials.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.nghedan.officials.ConsoleTestSupport;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.submission.Answer;
import vn.nghedan.submission.AnswerForm;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Kind;
import vn.nghedan.submission.NewSubmission;
import vn.nghedan.submission.Submission;
import vn.nghedan.support.HeadlessChromium;

/**
 * The console in a real browser (Debian's headless Chromium; skipped where it is not installed):
 * an official signs in, searches without diacritics, accepts, merges and answers, reorders the
 * agenda and downloads it; a head's URL tampering is refused; a resident's script stays text.
 * Screenshots of the main pages land in {@code target/screenshots/}. Run this class alone for
 * screenshots of only its own, realistic data.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest extends ConsoleTestSupport {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Dimension DESKTOP = new Dimension(1280, 1500);
    private static final Dimension PHONE = new Dimension(390, 844);

    private static ChromeDriver browser;
    private static Path profile;
    private static Path downloads;

    /** The scenario's own submissions and session, made once for all its steps. */
    private static Seed seed;

    private record Seed(
            Submission flooding,
            Submission floodingAgain,
            Submission streetLight,
            Submission landQuestion,
            Submission litter,
            Submission script,
            long session) {}

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(HeadlessChromium.installed(), "Chromium is not installed");
        profile = Files.createTempDirectory("console-chromium");
        downloads = Files.createTempDirectory("console-downloads");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = HeadlessChromium.options(profile, "--lang=vi-VN");
        options.setExperimentalOption(
                "prefs",
                Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        browser = HeadlessChromium.start(options);
        browser.manage().window().setSize(DESKTOP);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void seedOnce() {
        if (seed != null) {
            return;
        }
        long session =
                planSession("Hội nghị đối thoại với Nhân dân khóm 1, khóm 2 – quý IV/2026", 20, "\"K1\", \"K2\"");
        seed = new Seed(
                filed(
                        3,
                        "K1",
                        Kind.COMPLAINT,
                        5,
                        Channel.BOT,
                        "Nguyễn Văn Hùng",
                        "Đường Nguyễn Sinh Sắc đoạn trước chợ"
                                + " bị ngập nước mỗi khi mưa lớn, xin phường cho nạo vét cống thoát nước."),
                filed(
                        1,
                        "K1",
                        Kind.COMPLAINT,
                        5,
                        Channel.BOT,
                        null,
                        "duong Nguyen Sinh Sac truoc cho bi ngap nuoc moi khi mua lon, xin nao vet cong"),
                filed(
                        6,
                        "K1",
                        Kind.PROPOSAL,
                        1,
                        Channel.SPOKEN,
                        "Trần Thị Mai",
                        "Xin lắp thêm đèn chiếu sáng hẻm 12,"
                                + " buổi tối rất tối, nguy hiểm cho học sinh đi học thêm về."),
                filed(
                        2,
                        "K2",
                        Kind.QUESTION,
                        4,
                        Channel.PHONE,
                        "Lê Văn Tám",
                        "Xin hỏi thủ tục cấp giấy chứng nhận"
                                + " quyền sử dụng đất lần đầu cần những giấy tờ gì, nộp ở đâu?"),
                filed(
                        0,
                        "K2",
                        Kind.COMPLAINT,
                        5,
                        Channel.BOT,
                        null,
                        "Rác thải tập kết bừa bãi ở đầu hẻm 5 khóm 2,"
                                + " bốc mùi hôi, xin bố trí thùng rác và giờ thu gom."),
                filed(0, "K2", Kind.QUESTION, 6, Channel.WEB, null, "<script>alert(1)</script>"),
                session);
        background();
    }

    /** Khóm 3's own history, off the session's agenda: it fills the dashboard's weeks and counts. */
    private void background() {
        Submission scholarship = filed(
                8,
                "K3",
                Kind.PROPOSAL,
                2,
                Channel.BOT,
                null,
                "Xin hỗ trợ học bổng cho học sinh nghèo hiếu học khóm 3.");
        Submission vaccination = filed(
                6,
                "K3",
                Kind.QUESTION,
                2,
                Channel.PHONE,
                "Võ Thị Hoa",
                "Hỏi lịch tiêm chủng mở rộng cho trẻ em tháng này.");
        Submission patrol = filed(
                4,
                "K3",
                Kind.PROPOSAL,
                3,
                Channel.WRITTEN,
                "Phạm Văn Bình",
                "Đề nghị tăng cường tuần tra ban đêm khu vực bến đò, gần đây có mất trộm xe máy.");
        filed(2, "K3", Kind.COMPLAINT, 5, Channel.BOT, null, "Biển báo giao thông ở ngã ba khóm 3 bị ngã.");
        submissions.answer(
                scholarship.number(),
                new Answer(
                        "Phường đã lập danh sách, trao 10 suất học bổng.",
                        "Phó Chủ tịch UBND phường",
                        AnswerForm.IN_WRITING,
                        null,
                        null),
                "admin");
        submissions.answer(
                vaccination.number(),
                new Answer(
                        "Tiêm vào ngày 15 hằng tháng tại Trạm Y tế phường.",
                        "Trạm trưởng Trạm Y tế",
                        AnswerForm.IN_WRITING,
                        null,
                        null),
                "admin");
        submissions.accept(patrol.number(), null, "admin");
    }

    /** Filed as if {@code weeksAgo} weeks back, so the weekly chart has a history. */
    private Submission filed(
            int weeksAgo, String code, Kind kind, int topic, Channel channel, String author, String text) {
        clock.advance(Duration.ofDays(-7L * weeksAgo));
        try {
            return submissions.file(new NewSubmission(
                    null,
                    code,
                    kind,
                    topic,
                    text,
                    author == null,
                    channel,
                    author,
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    "test"));
        } finally {
            clock.reset();
        }
    }

    // --- the scenario ---------------------------------------------------------------------

    @Test
    @Order(1)
    void anOfficialSignsInAndSeesTheDashboard() {
        signInAs(ADMIN);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tổng quan");
        assertThat(browser.findElements(By.cssSelector("svg.bars rect"))).hasSize(ConsoleStatistics.WEEKS);
    }

    @Test
    @Order(2)
    void searchWithoutDiacriticsFindsTheVietnameseText() throws IOException {
        signInAs(ADMIN);
        browser.get(url("/console/submissions"));

        WebElement q = browser.findElement(By.id("q"));
        q.sendKeys("ngap nuoc");
        new Select(browser.findElement(By.id("neighbourhood"))).selectByValue("K1");
        clickAndWait(browser.findElement(By.cssSelector("form.filters button[type=submit]")));

        String table = waitFor(By.id("submission-table")).getText();
        assertThat(table)
                .contains(
                        "ngập nước",
                        seed.flooding().reference(),
                        seed.floodingAgain().reference());
        assertThat(table)
                .doesNotContain(seed.streetLight().reference(), seed.litter().reference());
        assertThat(browser.getCurrentUrl()).contains("q=ngap+nuoc");
        screenshot("02-submissions-search");
    }

    @Test
    @Order(3)
    void acceptMergeAndAnswer() throws IOException {
        signInAs(ADMIN);

        browser.get(url("/console/submissions/" + seed.flooding().number()));
        browser.findElement(By.cssSelector("#step-accept summary")).click();
        new Select(browser.findElement(By.id("sessionId"))).selectByValue("" + seed.session());
        clickAndWait(browser.findElement(By.cssSelector("#step-accept button[type=submit]")));
        assertThat(waitFor(By.cssSelector(".notice.ok")).getText()).contains("Đã tiếp nhận");

        browser.get(url("/console/submissions/" + seed.floodingAgain().number()));
        screenshot("03-submission-detail");
        WebElement mergeButton = browser.findElements(By.cssSelector(".similar button")).stream()
                .filter(b -> b.getText().contains(seed.flooding().reference()))
                .findFirst()
                .orElseThrow();
        clickAndWait(mergeButton);
        assertThat(waitFor(By.cssSelector("h1 .status")).getText()).isEqualTo("Đã gộp");

        browser.get(url("/console/submissions/" + seed.streetLight().number()));
        browser.findElement(By.cssSelector("#step-answer summary")).click();
        browser.findElement(By.id("answer")).sendKeys("Phường đã đưa vào kế hoạch, lắp 4 bóng đèn LED trong tháng 12.");
        browser.findElement(By.id("commitment")).sendKeys("Lắp đèn hẻm 12");
        clickAndWait(browser.findElement(By.cssSelector("#step-answer button[type=submit]")));
        assertThat(waitFor(By.cssSelector("h1 .status")).getText()).isEqualTo("Đã trả lời");

        assertThat(statusOf(seed.flooding().number())).isEqualTo("ACCEPTED");
        assertThat(statusOf(seed.floodingAgain().number())).isEqualTo("MERGED");
        assertThat(statusOf(seed.streetLight().number())).isEqualTo("ANSWERED");
    }

    @Test
    @Order(4)
    void reorderTheAgendaAndDownloadTheDocx() throws IOException, InterruptedException {
        signInAs(ADMIN);
        browser.get(url("/console/sessions/" + seed.session()));
        // the flooding item and whatever precedes it in its topic (other tests' items may share the session)
        String flooding = "item-" + seed.flooding().number();
        List<String> topic = browser
                .findElements(By.xpath("//div[@id='" + flooding + "']/ancestor::section[1]/div[@class='agenda-item']"))
                .stream()
                .map(item -> item.getAttribute("id"))
                .toList();
        int at = topic.indexOf(flooding);
        boolean up = at > 0;
        String neighbour = topic.get(up ? at - 1 : at + 1);

        clickAndWait(browser.findElement(By.cssSelector("#" + flooding + (up ? " .move-up" : " .move-down"))));

        assertThat(order(flooding, neighbour)).isEqualTo(up);
        browser.get(url("/console/sessions/" + seed.session()));
        screenshot("04-session-agenda");

        browser.findElement(By.id("agenda-docx")).click();
        Path docx = awaitDownload(".docx");
        assertThat(Files.size(docx)).isGreaterThan(1000);
        assertThat(new String(Files.readAllBytes(docx), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("PK");
    }

    @Test
    @Order(5)
    void aHeadTamperingWithTheUrlIsRefused() {
        Login head = official(Role.NEIGHBOURHOOD_HEAD, "K1");
        signInAs(head);

        browser.get(url("/console/submissions/" + seed.landQuestion().number()));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lỗi 404");
        assertThat(browser.getPageSource()).doesNotContain("giấy chứng nhận");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'DENIED' AND actor = ?")
                        .param(head.username())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    @Order(6)
    void aResidentsScriptShowsAsTextAndRunsNothing() {
        signInAs(ADMIN);

        browser.get(url("/console/submissions/" + seed.script().number()));

        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElement(By.id("resident-text")).getText()).isEqualTo("<script>alert(1)</script>");
        browser.get(url("/console/submissions?neighbourhood=K2"));
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElement(By.id("submission-table")).getText()).contains("<script>alert(1)</script>");
    }

    @Test
    @Order(7)
    void theOtherPagesForTheTour() throws IOException {
        signInAs(ADMIN);
        screenshot("01-dashboard");
        browser.get(url("/console/neighbourhoods"));
        screenshot("05-neighbourhoods");
        browser.get(url("/console/submissions/new"));
        screenshot("06-new-submission");
        browser.get(url("/console/sessions"));
        screenshot("07-sessions");
        browser.get(url("/?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
        screenshot("08-dashboard-english");
        browser.get(url("/?lang=vi"));

        browser.manage().window().setSize(PHONE);
        try {
            browser.get(url("/console/submissions/" + seed.flooding().number()));
            screenshot("09-phone-submission");
        } finally {
            browser.manage().window().setSize(DESKTOP);
        }
    }

    @Test
    @Order(8)
    void anAdminResetsAPasswordAndItsOwnerMustChooseTheirOwnAtSignIn() throws IOException {
        Login head = official(Role.NEIGHBOURHOOD_HEAD, "K2");
        signInAs(ADMIN);
        browser.get(url("/console/accounts"));
        screenshot("10-accounts");

        browser.findElement(By.id("reset-" + head.username())).sendKeys("đặt lại hộ anh Tám");
        clickAndWait(
                browser.findElement(By.cssSelector("form.reset[action$='/" + head.username() + "/password'] button")));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText())
                .contains("Đã đặt lại mật khẩu của " + head.username());

        signInAs(new Login(head.username(), "đặt lại hộ anh Tám"));
        assertThat(browser.getCurrentUrl()).endsWith("/console/password");
        assertThat(browser.findElement(By.cssSelector(".notice.warn")).getText())
                .contains("Hãy đặt mật khẩu của riêng bạn");
        screenshot("11-change-password");
        browser.get(url("/console/submissions"));
        assertThat(browser.getCurrentUrl()).endsWith("/console/password");
        browser.findElement(By.id("current")).sendKeys("đặt lại hộ anh Tám");
        browser.findElement(By.id("new")).sendKeys("mật khẩu của Tám");
        browser.findElement(By.id("repeat")).sendKeys("mật khẩu của Tám");
        clickAndWait(browser.findElement(By.cssSelector("main button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("Đã đổi mật khẩu.");
        browser.get(url("/console/submissions"));
        assertThat(browser.getCurrentUrl()).endsWith("/console/submissions");
    }

    // --- helpers ---------------------------------------------------------------------------

    private void signInAs(Login who) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(who.username());
        browser.findElement(By.id("password")).sendKeys(who.password());
        clickAndWait(browser.findElement(By.cssSelector("button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(page -> page.findElements(By.cssSelector(".who")).size() > 0);
    }

    /**
     * Clicks what submits a form and waits until the next page has replaced this one. Chromium
     * sometimes answers "node does not belong to the document" instead of "stale" while the old
     * page is being torn down: that means replaced, too.
     */
    private static void clickAndWait(WebElement element) {
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(page -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException replaced) {
                return true;
            }
        });
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement waitFor(By what) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(page -> page.findElement(what));
    }

    /** Whether the element with id {@code first} comes before the one with id {@code second}. */
    private boolean order(String first, String second) {
        String source = browser.getPageSource();
        int a = source.indexOf("id=\"" + first + "\"");
        int b = source.indexOf("id=\"" + second + "\"");
        assertThat(a).as(first).isNotNegative();
        assertThat(b).as(second).isNotNegative();
        return a < b;
    }

    private static Path awaitDownload(String extension) throws IOException, InterruptedException {
        for (int i = 0; i < 100; i++) {
            try (Stream<Path> files = Files.list(downloads)) {
                var done = files.filter(f -> f.toString().endsWith(extension)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No " + extension + " was downloaded");
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
