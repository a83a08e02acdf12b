package courseware.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Debian chromium driven through the system chromedriver, for browser tests. Nothing is
 * downloaded: the binaries are given by path, so Selenium Manager never runs. When they are missing
 * the tests are skipped on a developer machine and fail under {@code CI=true}.
 */
public final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("courseware.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("courseware.chromedriver", "/usr/bin/chromedriver"));

    /** Selenium warns that it has no CDP bindings for this chromium; the few CDP calls here need none. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the calling test when chromium is absent, unless CI=true, where that is a failure. */
    public static void assumeAvailable() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (present) return;
        String message = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)";
        if ("true".equals(System.getenv("CI"))) Assertions.fail(message);
        Assumptions.abort(message);
    }

    public static Browser start() {
        assumeAvailable();
        try {
            Path profile = Files.createTempDirectory("courseware-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--allow-file-access-from-files", "--user-data-dir=" + profile, "--window-size=1280,900");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() { return driver; }

    public void open(String url) {
        driver.get(url);
    }

    /** Polls until the condition holds (scripts such as search load lazily) instead of sleeping a fixed time. */
    public void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (Boolean.TRUE.equals(condition.get())) return;
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting until " + what);
    }

    @SuppressWarnings("unchecked")
    public <T> T js(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Light or dark, as prefers-color-scheme. */
    public void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** The layout viewport width in CSS pixels (the window is sized so the viewport matches). */
    public void width(int cssPixels) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", cssPixels, "height", 900, "deviceScaleFactor", 1, "mobile", cssPixels < 500));
        driver.manage().window().setSize(new Dimension(Math.max(cssPixels, 500), 900));
    }

    /** Console messages at SEVERE level (errors, failed loads) since the last call. */
    public List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) errors.add(e.getMessage());
        }
        return errors;
    }

    /** Every URL the current page requested, itself included. */
    public List<String> requests() {
        return js("return [location.href].concat(performance.getEntriesByType('resource').map(e => e.name));");
    }

    /** axe-core's violations on the current page, each as "id (impact): target ...". Axe is a test resource, injected here. */
    public List<String> axeViolations() {
        js(axeSource());
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '"
                        + " + v.help + ' at ' + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | '))), e => done(['axe failed: ' + e]));");
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) result;
        return violations;
    }

    /**
     * Removes the variant copies a reader does not see (until the page is opened again): on screen those the page
     * hides, in print all but variant 0. Each is the shown copy's markup with other numbers, and they double the nodes
     * axe walks (an axe context's {@code exclude} still walks them). VariantsBrowserTest runs axe on drawn copies
     * shown; ValidHtmlTest checks every id of every page.
     */
    public void dropUnseenVariants(boolean print) {
        String unseen = print ? ".variants > [data-variant]:not([data-variant=\"0\"])" : ".variants > [data-variant][hidden]";
        js("document.querySelectorAll('" + unseen + "').forEach(e => e.remove());");
    }

    private static String axe;

    private static synchronized String axeSource() {
        if (axe == null) {
            String version = System.getProperty("courseware.axe.version", "4.6.3");
            try (InputStream in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/" + version + "/axe.min.js")) {
                Assertions.assertNotNull(in, "axe-core " + version + " on the test class path");
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            // The whole page, not just the viewport: capture beyond it, clipped to the content size.
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.get("width"),
                            "height", size.get("height"), "scale", 1)));
            Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the viewport shows now, e.g. after scrolling an element into view. */
    public void viewportScreenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
