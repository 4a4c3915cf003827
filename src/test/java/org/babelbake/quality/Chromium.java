package org.babelbake.quality;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both given by path so that
 * Selenium never downloads a browser or a driver. Missing under {@code CI=true} is a failure,
 * not a skip: CI must run these tests.
 */
final class Chromium {
    static final Path BROWSER = Path.of(System.getenv().getOrDefault("BABELBAKE_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("BABELBAKE_CHROMEDRIVER", "/usr/bin/chromedriver"));
    /**
     * Chromium's profiles and singleton sockets, which it leaves in the temporary folder after
     * every session: kept in one folder of this test run, removed when the JVM ends.
     */
    private static final Path TEMP = temporaryFolder();

    private Chromium() {
    }

    static ChromeDriver start(int width, int height) {
        boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!present) {
            String why = "Chromium (" + BROWSER + ") or chromedriver (" + DRIVER + ") is missing; "
                    + "install the Debian packages chromium and chromium-driver (.ci/run does)";
            if ("true".equals(System.getenv("CI"))) Assertions.fail(why);
            Assumptions.abort(why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .withEnvironment(Map.of("TMPDIR", TEMP.toString()))
                .build();
        return new ChromeDriver(service, options);
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("babelbake-chromium");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException | UncheckedIOException e) {
                    // a browser still writing: the folder stays, as Chromium's own would
                }
            }));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays pages out as a phone of this width would (viewport meta honoured), until changed again. */
    static void phone(ChromeDriver browser, int width) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 740, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Applies the print style sheet on screen (for measuring), or {@code ""} for screen again. */
    static void media(ChromeDriver browser, String media) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
    }
}
