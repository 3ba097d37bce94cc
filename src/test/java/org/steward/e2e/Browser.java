package org.steward.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium, with the few gestures the Steward journeys need. */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "e2e");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;

    Browser(String baseUrl) throws IOException {
        this.baseUrl = baseUrl;
        var options = new ChromeOptions();
        options.setBinary(executable("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--window-size=1440,900",
                "--user-data-dir=" + Files.createTempDirectory("steward-chromium"));
        // the console is read after each journey for Content-Security-Policy violations
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        // a fixed driver path keeps Selenium Manager from trying to download one (there is no internet here)
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(executable("chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    void signIn(String username, String password) {
        open("/login");
        var user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys(username);
        var pass = driver.findElement(By.cssSelector("input[name='password']"));
        pass.sendKeys(password);
        pass.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }

    void signOut() {
        click("sign-out");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
    }

    /** Clicks the first element whose id starts with {@code prefix}, e.g. a button in a grid row. */
    void clickFirstWithIdPrefix(String prefix) {
        var element = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='" + prefix + "']")));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    void click(String id) {
        var element = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    void type(String id, String text) {
        var input = input(id);
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    /** Opens a combo box, types to filter it and clicks the item with exactly {@code label}. */
    void pick(String id, String filter, String label) {
        var input = input(id);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(filter);
        var item = wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().strip().equals(label))
                .findFirst().orElse(null));
        item.click();
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .anyMatch(WebElement::isDisplayed));
    }

    /** Ticks the checkbox inside {@code groupId} whose label contains {@code label}. */
    void check(String groupId, String label) {
        var box = wait.until(d -> d.findElement(By.id(groupId)).findElements(By.cssSelector("vaadin-checkbox"))
                .stream().filter(e -> e.getText().contains(label)).findFirst().orElse(null));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
        box.findElement(By.cssSelector("input")).click();
    }

    /** Ticks the checkbox with this id. */
    void tick(String id) {
        var box = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
        wait.until(d -> box.findElements(By.cssSelector("input")).stream().findFirst().orElse(null)).click();
    }

    /** Chooses this file in the upload component with this id, as a user picking it in the file dialog would. */
    void upload(String id, Path file) {
        var host = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        var input = (WebElement) wait.until(d -> ((JavascriptExecutor) d).executeScript(
                "const u = arguments[0]; return u.querySelector('input[type=file]')"
                        + " || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));", host));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Follows the link with this id as the signed-in user (the browser's cookies) and returns what it serves. */
    HttpResponse<byte[]> download(String id) throws IOException, InterruptedException {
        var link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        var href = wait.until(d -> {
            var h = link.getDomProperty("href");
            return h == null || h.isBlank() ? null : h;
        });
        var cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try (var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return http.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    /** The address the browser shows now. */
    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** The current value of a text field, e.g. a secret shown once. */
    String value(String id) {
        var input = input(id);
        wait.until(d -> !input.getDomProperty("value").isBlank());
        return input.getDomProperty("value");
    }

    void waitForText(String id, String text) {
        wait.until(d -> d.findElement(By.id(id)).findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(e -> e.getText().contains(text))
                || String.valueOf(((JavascriptExecutor) d).executeScript(
                "return document.getElementById(arguments[0]).innerText", id)).contains(text));
    }

    boolean gridContains(String gridId, String text) {
        return driver.findElement(By.id(gridId)).findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(e -> e.getText().contains(text));
    }

    /** Waits until no row the grid shows holds this text, e.g. until a search has narrowed the grid. */
    void waitUntilGridLacks(String gridId, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(gridId))
                .findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .noneMatch(e -> e.isDisplayed() && e.getText().contains(text)));
    }

    /** Waits until the element holds at least {@code count} images, e.g. server-drawn charts. */
    void waitUntilImages(String id, int count) {
        wait.until(d -> d.findElement(By.id(id)).findElements(By.tagName("img")).size() >= count);
    }

    void waitUntilGone(String id) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
    }

    /** Clicks the grid cell with this text, first scrolling it into view: a grid may start below the fold. */
    void clickGridRow(String gridId, String text) {
        // a grid keeps the cells of rows it hid (after a search, say) with their old text, so only shown cells count,
        // and a cell the grid reuses while we look is looked for again
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .ignoring(ElementNotInteractableException.class).until(d -> {
            var cell = d.findElement(By.id(gridId)).findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                    .filter(e -> e.getText().equals(text) && e.isDisplayed()).findFirst().orElse(null);
            if (cell == null) {
                return false;
            }
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
            cell.click();
            return true;
        });
    }

    /** Clicks the link with exactly this text inside the element with this id, e.g. a model's name in a grid. */
    void clickLink(String id, String text) {
        var link = wait.until(d -> d.findElement(By.id(id)).findElements(By.tagName("a")).stream()
                .filter(e -> e.getText().strip().equals(text)).findFirst().orElse(null));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        link.click();
    }

    /** Clicks a tab, first scrolling it into view: a model page has more tabs than fit a window's width. */
    void clickTab(String label) {
        var tab = wait.until(d -> d.findElements(By.cssSelector("vaadin-tab")).stream()
                .filter(e -> e.getText().strip().equals(label)).findFirst().orElse(null));
        driver.executeScript("arguments[0].scrollIntoView({block: 'nearest', inline: 'center'})", tab);
        wait.until(ExpectedConditions.elementToBeClickable(tab)).click();
    }

    /** Scrolls the element to the top of the window, e.g. before a screenshot of what lies below the fold. */
    void scrollTo(String id) {
        driver.executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", id);
    }

    /** Runs a script in the page and returns its result, e.g. to ask whether injected markup ran. */
    Object script(String javascript) {
        return driver.executeScript(javascript);
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    Path screenshot(String name) throws IOException {
        var file = SCREENSHOTS.resolve(name + ".png");
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    private WebElement input(String id) {
        var host = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", host);
        return wait.until(d -> host.findElements(By.cssSelector("input, textarea")).stream()
                .findFirst().orElse(null));
    }

    private static String executable(String name, String fallback) {
        for (var dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            var candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return fallback;
    }

    /** Console messages so far in which Chromium reports a blocked resource or script under the page's CSP. */
    List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
