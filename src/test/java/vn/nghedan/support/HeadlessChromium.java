package vn.nghedan.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium for browser tests, with the paths given explicitly (so Selenium Manager never
 * tries the internet) and the flags that keep it off this machine's closed network.
 */
public final class HeadlessChromium {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {}

    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** The standard flags, a fresh profile folder, and any extra arguments. */
    public static ChromeOptions options(Path profile, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage"));
        args.addAll(List.of(extra));
        args.add("--user-data-dir=" + profile);
        return new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(args);
    }

    public static ChromeDriver start(ChromeOptions options) {
        return new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .build(),
                options);
    }
}
