package vn.chidao.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, with the waits a Vaadin page needs (the server
 * answers each click with a round trip), and the moves a user makes on Vaadin's components: typing into a field,
 * picking from a combo box, clicking a button or a grid row, confirming a dialog, reading a grid and the
 * notifications. Every helper waits for Vaadin afterwards; nothing sleeps outside a polling wait. One per test class.
 */
final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * The rows a vaadin-grid shows, in order, each as the text of its cells: the light-DOM cell contents slotted
     * into the rows of the grid's shadow root (hidden rows, beyond the items, left out).
     */
    private static final String GRID_ROWS = """
            const grid = arguments[0];
            const rows = [...grid.shadowRoot.querySelectorAll('#items > tr')]
                .filter((tr) => !tr.hidden && tr.index !== undefined && tr.index < grid.size)
                .sort((a, b) => a.index - b.index);
            return rows.map((tr) => [...tr.querySelectorAll(':scope > td')].map((td) => {
              const slot = td.querySelector('slot');
              const content = slot ? slot.assignedElements()[0] : null;
              return content ? content.innerText.trim().replace(/\\s+/g, ' ') : '';
            }));
            """;

    /** The cell contents (light DOM, clickable) of the shown row whose text contains arguments[1]. */
    private static final String GRID_ROW_CELLS = """
            const grid = arguments[0];
            const rows = [...grid.shadowRoot.querySelectorAll('#items > tr')]
                .filter((tr) => !tr.hidden && tr.index !== undefined && tr.index < grid.size);
            for (const tr of rows) {
              const cells = [...tr.querySelectorAll(':scope > td')].map((td) => {
                const slot = td.querySelector('slot');
                return slot ? slot.assignedElements()[0] : null;
              }).filter((c) => c);
              if (cells.map((c) => c.innerText).join(' ').replace(/\\s+/g, ' ').includes(arguments[1])) {
                return cells;
              }
            }
            return null;
            """;

    final WebDriver driver;
    private final String base;

    /** A phone's screen (CSS px) for {@link #phone(int)}: a common one. */
    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;

    Browser(int port) {
        this(port, desktop());
    }

    private Browser(int port, ChromeOptions options) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chidao.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://localhost:" + port;
    }

    /** The same browser as a phone: Chromium's mobile emulation at 390 × 844 CSS px, a touch screen. */
    static Browser phone(int port) {
        ChromeOptions options = options();
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 2.0, "touch", true)));
        return new Browser(port, options);
    }

    private static ChromeOptions desktop() {
        ChromeOptions options = options();
        options.addArguments("--window-size=1400,1000");
        return options;
    }

    private static ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chidao.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=vi");
        return options;
    }

    void open(String path) {
        load(path);
        waitForVaadin();
    }

    /** Opens a page of this server that is not the UI's (Camunda's webapp): no waiting for Vaadin. */
    void load(String path) {
        driver.get(base + "/" + path);
    }

    /** Signs in through the login form and waits for the first screen. */
    void signIn(String username, String password) {
        open("login");
        fillInSignIn(username, password);
        until("the first screen after signing in as " + username, d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
    }

    /** Fills in and sends the sign-in form the browser shows (after being sent to it). */
    void fillInSignIn(String username, String password) {
        WebElement user = visible(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    /** Forgets the session (its cookie) and opens the sign-in page, as a new user at the same desk would. */
    void signOut() {
        driver.manage().deleteAllCookies();
        open("login");
        visible(By.cssSelector("vaadin-login-form input[name='username']"));
    }

    /** Signs out whoever was signed in, then signs in as {@code username}. */
    void signInAs(String username, String password) {
        signOut();
        signIn(username, password);
    }

    WebElement visible(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement byId(String id) {
        return visible(By.id(id));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    void click(By by) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by)).click();
        waitForVaadin();
    }

    /** Clicks the vaadin-button (or any element) of this id once it shows and is enabled. */
    void clickId(String id) {
        WebElement button = enabled(By.id(id));
        button.click();
        waitForVaadin();
    }

    /** Clicks the shown, enabled vaadin-button whose text is {@code text}. */
    void clickButton(String text) {
        WebElement button = enabled(By.xpath("//vaadin-button[normalize-space(.)=" + xpathLiteral(text) + "]"));
        button.click();
        waitForVaadin();
    }

    /** The element once it shows and has no {@code disabled} attribute (Vaadin's way of disabling), in view. */
    private WebElement enabled(By by) {
        return reveal(until("an enabled " + by, d -> d.findElements(by).stream()
                .filter(e -> e.isDisplayed() && e.getAttribute("disabled") == null).findFirst().orElse(null)));
    }

    /**
     * Scrolls the element to the middle of the window: Selenium would bring it only to the window's edge, where the
     * editor's bar, kept at the bottom of the screen, covers it and takes the click.
     */
    WebElement reveal(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        return element;
    }

    /** Types into a vaadin-text-field, -text-area or -integer-field (replacing its text) and leaves the field. */
    void type(String id, String text) {
        WebElement input = inputOf(id);
        input.click();
        if (!input.getAttribute("value").isEmpty()) {
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        }
        input.sendKeys(text);
        // Vaadin sends the value on 'change', which leaving the field fires.
        js("arguments[0].blur();", input);
        waitForVaadin();
        until("field " + id + " to hold the typed text", d -> text.equals(property(id, "value")));
    }

    /**
     * Picks a file in a vaadin-upload as a person would with the file chooser (its file input takes the path), and
     * waits until the upload is complete and the server has checked it.
     */
    void upload(String uploadId, java.nio.file.Path file) {
        WebElement upload = reveal(byId(uploadId));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
        String name = file.getFileName().toString();
        until("the upload of " + name + " to complete", d -> Boolean.TRUE.equals(js(
                "return (arguments[0].files || []).some(f => f.name === arguments[1] && f.complete);", upload, name)));
        waitForVaadin();
    }

    /** Types a day into a vaadin-date-picker as Vietnamese offices write it (dd/MM/yyyy) and commits it with Enter. */
    void typeDate(String id, LocalDate day) {
        WebElement input = inputOf(id);
        input.click();
        if (!input.getAttribute("value").isEmpty()) {
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        }
        input.sendKeys(DAY.format(day), Keys.ENTER);
        waitForVaadin();
        until("date picker " + id + " to hold " + day, d -> day.toString().equals(property(id, "value")));
        until("date picker " + id + " to close", d -> !Boolean.TRUE.equals(property(id, "opened")));
    }

    /**
     * Picks the item labelled {@code label} in a vaadin-combo-box: types it to filter, waits for the overlay's
     * item (vaadin-combo-box-item, in the document, not in the box's shadow root) and clicks it.
     */
    void pick(String id, String label) {
        WebElement input = inputOf(id);
        input.click();
        if (!input.getAttribute("value").isEmpty()) {
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        }
        input.sendKeys(label);
        WebElement item = until("combo box " + id + " to offer «" + label + "»",
                d -> d.findElements(By.tagName("vaadin-combo-box-item")).stream()
                        .filter(e -> e.isDisplayed() && label.equals(e.getText().trim())).findFirst().orElse(null));
        item.click();
        waitForVaadin();
        until("combo box " + id + " to close on «" + label + "»",
                d -> !Boolean.TRUE.equals(property(id, "opened")) && label.equals(inputOf(id).getAttribute("value")));
    }

    /** Picks a vaadin-radio-button by its label in the vaadin-radio-group of this id. */
    void choose(String groupId, String label) {
        WebElement radio = until("radio «" + label + "» in " + groupId, d -> byId(groupId)
                .findElements(By.tagName("vaadin-radio-button")).stream()
                .filter(e -> e.isDisplayed() && label.equals(e.getText().trim())).findFirst().orElse(null));
        reveal(radio.findElement(By.tagName("input"))).click();
        waitForVaadin();
    }

    /** The native input (or textarea) a Vaadin field puts in its light DOM. */
    private WebElement inputOf(String id) {
        WebElement field = byId(id);
        return reveal(until("the input of " + id, d -> field.findElements(By.cssSelector("input, textarea"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null)));
    }

    /** A JavaScript property of the element with this id (value, opened, size...). */
    Object property(String id, String name) {
        return js("const e = document.getElementById(arguments[0]); return e ? e[arguments[1]] : null;", id, name);
    }

    /** Clicks the confirm button of the open vaadin-confirm-dialog; returns the dialog's text as shown. */
    String confirm() {
        WebElement button = until("an open confirmation dialog", d -> d.findElements(
                        By.cssSelector("vaadin-confirm-dialog [slot='confirm-button'], [slot='confirm-button']"))
                .stream().filter(e -> e.isDisplayed() && e.getAttribute("disabled") == null).findFirst().orElse(null));
        String text = openDialogText();
        button.click();
        waitForVaadin();
        until("the confirmation dialog to close", d -> d.findElements(By.cssSelector("[slot='confirm-button']"))
                .stream().noneMatch(WebElement::isDisplayed));
        return text;
    }

    /** The text of the open dialog's overlay (header and message), for asserting what the user is asked. */
    String openDialogText() {
        Object text = js("""
                const overlays = [...document.querySelectorAll('vaadin-confirm-dialog-overlay, vaadin-dialog-overlay')]
                    .filter((o) => o.opened);
                return overlays.map((o) => o.innerText + ' ' + (o.shadowRoot ? o.shadowRoot.textContent : ''))
                    .join(' ') + ' ' + [...document.querySelectorAll('vaadin-confirm-dialog')]
                    .filter((d) => d.opened).map((d) => (d.header || '') + ' ' + (d.message || '') + ' '
                        + d.innerText).join(' ');
                """);
        return text == null ? "" : text.toString().replaceAll("\\s+", " ").trim();
    }

    /** Waits for a vaadin-dialog of this id to open (its content in the document) and returns it. */
    WebElement dialog(String id) {
        until("dialog " + id + " to open", d -> Boolean.TRUE.equals(property(id, "opened")));
        waitForVaadin();
        return driver.findElement(By.id(id));
    }

    /** Waits for a dialog of this id to close. */
    void dialogClosed(String id) {
        until("dialog " + id + " to close", d -> !Boolean.TRUE.equals(property(id, "opened")));
    }

    /** The rows a vaadin-grid shows once it has loaded, each as its cells' texts. */
    @SuppressWarnings("unchecked")
    List<List<String>> gridRows(String gridId) {
        WebElement grid = loadedGrid(gridId);
        return (List<List<String>>) js(GRID_ROWS, grid);
    }

    /** Waits until the grid shows exactly {@code count} rows and returns them. */
    List<List<String>> gridRows(String gridId, int count) {
        return until("grid " + gridId + " to show " + count + " row(s)", d -> {
            List<List<String>> rows = gridRows(gridId);
            return rows.size() == count ? rows : null;
        });
    }

    /** Clicks the row of the grid whose text contains {@code rowText} (in its first cell). */
    void clickGridRow(String gridId, String rowText) {
        reveal(rowCells(gridId, rowText).get(0)).click();
        waitForVaadin();
    }

    /** Clicks the vaadin-button labelled {@code buttonText} (text or aria-label) in the row containing {@code rowText}. */
    void clickInGridRow(String gridId, String rowText, String buttonText) {
        WebElement button = until("button «" + buttonText + "» in the row «" + rowText + "» of " + gridId,
                d -> rowCells(gridId, rowText).stream()
                        .flatMap(cell -> cell.findElements(By.tagName("vaadin-button")).stream())
                        .filter(b -> b.isDisplayed() && (buttonText.equals(b.getText().trim())
                                || buttonText.equals(b.getAttribute("aria-label"))))
                        .findFirst().orElse(null));
        reveal(button).click();
        waitForVaadin();
    }

    @SuppressWarnings("unchecked")
    private List<WebElement> rowCells(String gridId, String rowText) {
        WebElement grid = loadedGrid(gridId);
        return until("a row «" + rowText + "» in " + gridId, d -> (List<WebElement>) js(GRID_ROW_CELLS, grid, rowText));
    }

    private WebElement loadedGrid(String gridId) {
        waitForVaadin();
        WebElement grid = byId(gridId);
        until("grid " + gridId + " to load", d -> Boolean.TRUE.equals(js(
                "const g = arguments[0]; return !g.loading && !g.hasAttribute('loading');", grid)));
        return grid;
    }

    /** Waits for a vaadin-notification whose text contains {@code text}, and returns its whole text. */
    String notification(String text) {
        return until("a notification «" + text + "»", d -> d.findElements(By.tagName("vaadin-notification-card"))
                .stream().map(e -> e.getText().trim()).filter(t -> t.contains(text)).findFirst().orElse(null));
    }

    /** Waits until the element with this id shows a text containing {@code text}; returns its text. */
    String textOf(String id, String text) {
        return until("#" + id + " to read «" + text + "»", d -> {
            List<WebElement> found = d.findElements(By.id(id));
            String shown = found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0).getText().trim();
            return shown != null && shown.contains(text) ? shown : null;
        });
    }

    /** The text of the element with this id once it shows. */
    String textOf(String id) {
        return byId(id).getText().trim();
    }

    /** Waits until the browser's address is the path {@code path} (before any query). */
    void at(String path) {
        until("the address to be /" + path, d -> {
            String now = path();
            int query = now.indexOf('?');
            return (query < 0 ? now : now.substring(0, query)).equals("/" + path);
        });
        waitForVaadin();
    }

    /**
     * Clicks the real canvas at the pixel of a chart: {@code (x, y)} in CSS pixels from the element's top left
     * corner. Scrolls it into view first; Selenium's offsets count from the element's centre.
     */
    void clickAt(WebElement element, double x, double y) {
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        Map<?, ?> box = (Map<?, ?>) js("const r = arguments[0].getBoundingClientRect();"
                + "return {width: r.width, height: r.height};", element);
        double width = ((Number) box.get("width")).doubleValue();
        double height = ((Number) box.get("height")).doubleValue();
        int dx = (int) Math.round(x - width / 2);
        int dy = (int) Math.round(y - height / 2);
        new Actions(driver).moveToElement(element, dx, dy).pause(Duration.ofMillis(50)).click().perform();
        waitForVaadin();
    }

    Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Runs a script that answers later, through the callback given as its last argument. */
    Object jsAsync(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /** Polls {@code condition} until it gives a non-null, non-false value; fails naming {@code what}. */
    <T> T until(String what, Function<WebDriver, T> condition) {
        WebDriverWait wait = new WebDriverWait(driver, WAIT, POLL);
        wait.withMessage("Waited " + WAIT.toSeconds() + " s for " + what);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.JavascriptException.class);
        try {
            return wait.until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError(e.getMessage().lines().findFirst().orElse(what), e);
        }
    }

    /** Waits until Vaadin has no request in flight. */
    void waitForVaadin() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) { return false; }"
                        + "return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Saves the page as it looks now under target/screenshots. */
    Path screenshot(String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Path file = folder.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
