package org.synergraph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium driven through the system's chromedriver (no downloads, no Selenium Manager), with a fresh
 * profile that is deleted on close. Tests reuse one per class; every wait is explicit.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String DOWNLOADS = "downloads";

    private final String base;
    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(String base, Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.base = base;
        this.profile = profile;
        this.service = service;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    /** Starts Chromium for the explorer served at `base` (e.g. http://127.0.0.1:1234). */
    static Browser start(String base) {
        Path profile = tempProfile();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,900", "--user-data-dir=" + profile)
                .setExperimentalOption("prefs", Map.of("download.default_directory", profile.resolve(DOWNLOADS).toString(),
                        "download.prompt_for_download", false));
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(WAIT);
            return new Browser(base, profile, service, driver);
        } catch (RuntimeException e) {
            service.stop();
            deleteTree(profile);
            throw e;
        }
    }

    /** Opens an explorer route such as "#/entity/initiative:recsoil" (a hash change when the page is already open). */
    void open(String hash) {
        driver.get(base + "/" + hash);
    }

    /** Loads the page afresh at a route (module state and caches start over; localStorage stays). */
    void reload(String hash) {
        driver.get("about:blank");
        open(hash);
    }

    String base() {
        return base;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Waits until an element matching `css` is visible and returns it. */
    WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until `css` matches at least one element (visible or not) and returns all of them. */
    List<WebElement> present(String css) {
        return wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(css)));
    }

    <T> T until(ExpectedCondition<T> condition) {
        return wait.until(condition);
    }

    /** Waits until `css` matches an element whose text contains `text`. */
    void textIn(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Runs async JavaScript; the script calls `arguments[arguments.length - 1](result)` when done. */
    Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** Text of `url` fetched by the page (same origin, so blob: and /api URLs both work): [status, content type, body]. */
    @SuppressWarnings("unchecked")
    List<Object> fetch(String url) {
        return (List<Object>) asyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(async r => done([r.status, r.headers.get('Content-Type') || '', await r.text()]))"
                + ".catch(e => done([0, '', String(e)]));", url);
    }

    /** Waits until the browser has finished downloading `fileName` into the profile's download folder; returns its text. */
    String downloaded(String fileName) {
        Path file = profile.resolve(DOWNLOADS).resolve(fileName);
        wait.until(d -> Files.isRegularFile(file) && !Files.exists(file.resolveSibling(fileName + ".crdownload")));
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a PNG of the window. */
    void screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(profile);
        }
    }

    private static Path tempProfile() {
        try {
            return Files.createTempDirectory("synergraph-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the browser profile " + root, e);
        }
    }
}
