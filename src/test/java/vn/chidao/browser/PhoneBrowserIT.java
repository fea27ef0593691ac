package vn.chidao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.chidao.base.Actor;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * The unit's part of a directive and the leader's reading of the dashboard on a phone (Chromium's mobile emulation,
 * 390 × 844): the focal point acknowledges the new task on its card in the inbox, opens it, updates the progress
 * and reports; the leader opens the dashboard, taps a heatmap cell and lands on the register's cards. On every
 * screen the page is exactly as wide as the phone (no sideways scroll), and each step's main action lies within
 * the screen's width. Each step saves a screenshot under {@code target/screenshots} ({@code Phone-NN-...}).
 *
 * <p>The clock stands still on Monday 4/3/2024 09:00; seeded through the services: the world, a conclusion issued
 * on 21/2/2024 whose SO_B directive was due on 28/2/2024 (overdue now: the heatmap's cell), and one issued on
 * 1/3/2024 with an SO_A directive due on 29/3/2024 (the focal point's new task).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PhoneBrowserIT extends BrowserSupport {

    static final LocalDate TODAY = LocalDate.of(2024, 3, 4);
    static final String CONTENT = "Triển khai nhiệm vụ do " + World.SO_A + " chủ trì";
    static final String OVERDUE_CONTENT = "Triển khai nhiệm vụ do " + World.SO_B + " chủ trì";
    static final String NOTE = "Đã họp triển khai với các phòng";
    static final String REPORT = "Đã ban hành Kế hoạch số 12/KH-SA ngày 04/3/2024";

    World world;

    @Override
    Browser newBrowser() {
        return Browser.phone(port);
    }

    @BeforeAll
    void seed() {
        world = fixtures.newWorld();
        time.startAt(LocalDate.of(2024, 2, 21), 9, 0);
        fixtures.issue(world, Drafts.conclusion(LocalDate.of(2024, 2, 20),
                Drafts.due(LocalDate.of(2024, 2, 28), World.SO_B)));
        time.startAt(TODAY, 9, 0);
        fixtures.issue(world, Drafts.conclusion(LocalDate.of(2024, 3, 1), Drafts.due(LocalDate.of(2024, 3, 29),
                World.SO_A)));
    }

    @Test
    @Order(1)
    @DisplayName("1. The focal point acknowledges the new task on its card in the inbox")
    void focalPointAcknowledgesOnTheCard() throws IOException {
        signInAs(world.focalPoint(World.SO_A));
        browser.at("");
        WebElement acknowledge = cardAction("Tiếp nhận");
        String card = cardText(CONTENT);
        assertThat(card).contains("Tiếp nhận nhiệm vụ", "Chủ trì", "29/03/2024", "còn 19 ngày làm việc");
        fitsTheScreen("inbox", acknowledge);
        step(1, "inbox-cards");

        acknowledge.click();
        browser.waitForVaadin();
        assertThat(browser.confirm()).contains("Tiếp nhận nhiệm vụ?", CONTENT);
        browser.notification("Đã tiếp nhận nhiệm vụ.");
        fitsTheScreen("inbox, acknowledged", cardAction("Báo cáo"));
        step(1, "acknowledged");
    }

    @Test
    @Order(2)
    @DisplayName("2. It opens the task from the card: the actions come first; it updates the progress")
    void focalPointUpdatesTheProgress() throws IOException {
        skipIfAnEarlierStepFailed();
        cardAction("Báo cáo").click();
        browser.waitForVaadin();
        browser.textOf("status-badge", "Đang thực hiện");
        assertThat(browser.path()).matches("/assignments/\\d+");
        WebElement actions = browser.byId("task-actions");
        WebElement directive = browser.byId("directive-text");
        assertThat(actions.getRect().getY()).as("the actions above the directive's text")
                .isLessThan(directive.getRect().getY());
        fitsTheScreen("task", browser.byId("progress-save"));
        step(2, "task");

        browser.type("progress-percent", "40");
        browser.type("progress-note", NOTE);
        browser.clickId("progress-save");
        browser.notification("Đã cập nhật tiến độ.");
        fitsTheScreen("task, progress", browser.byId("report-submit"));
        step(2, "progress");
    }

    @Test
    @Order(3)
    @DisplayName("3. It reports the result from the same page")
    void focalPointReports() throws IOException {
        skipIfAnEarlierStepFailed();
        browser.type("report-text", REPORT);
        WebElement submit = browser.byId("report-submit");
        fitsTheScreen("report", submit);
        step(3, "report-written");
        browser.clickId("report-submit");
        assertThat(browser.confirm()).contains("Gửi báo cáo kết quả?");
        browser.notification("Đã gửi báo cáo kết quả.");
        browser.textOf("status-badge", "Chờ xem xét");
        assertThat(browser.textOf("latest-report")).isEqualTo(REPORT);
        fitsTheScreen("reported", browser.byId("latest-report"));
        step(3, "reported");
    }

    @Test
    @Order(4)
    @DisplayName("4. The leader taps the heatmap cell SO_B × 02/2024 and reads the register's card")
    void leaderDrillsDownOnThePhone() throws IOException {
        signInAs(world.leader());
        browser.open("dashboard");
        WebElement heatmap = browser.byId("dashboard-heatmap");
        Map<?, ?> cell = browser.until("the heatmap to draw the cell SO_B × 2024-02", d -> (Map<?, ?>) browser.js(
                "return arguments[0].cellCenter(arguments[1], arguments[2]);", heatmap, World.SO_B, "2024-02"));
        browser.reveal(heatmap);
        fitsTheScreen("dashboard", heatmap);
        step(4, "dashboard");

        browser.clickAt(heatmap, ((Number) cell.get("x")).doubleValue(), ((Number) cell.get("y")).doubleValue());
        browser.at("register");
        WebElement open = cardAction("Xem nhiệm vụ");
        assertThat(cardText(OVERDUE_CONTENT)).contains(World.SO_B, "28/02/2024", "Đang thực hiện quá hạn")
                .doesNotContain(CONTENT);
        assertThat(browser.property("register-grid", "size")).isEqualTo(1L);
        fitsTheScreen("register", open);
        step(4, "register-cards");

        browser.reveal(open).click();
        browser.waitForVaadin();
        browser.textOf("directive-text", OVERDUE_CONTENT);
        fitsTheScreen("the overdue task", browser.byId("directive-text"));
        step(4, "overdue-task");
    }

    @Test
    @Order(5)
    @DisplayName("5. The app installs: a manifest with Chidao's name, icons, colour and start, and an offline page")
    void theAppInstalls() {
        Map<?, ?> manifest = (Map<?, ?>) fetch("manifest.webmanifest", true);
        assertThat(manifest.get("name")).isEqualTo("Chidao · Theo dõi nhiệm vụ chỉ đạo");
        assertThat(manifest.get("short_name")).isEqualTo("Chidao");
        assertThat(manifest.get("theme_color")).isEqualTo("#a9232b");
        assertThat(manifest.get("display")).isEqualTo("standalone");
        assertThat(String.valueOf(manifest.get("start_url"))).isIn(".", "./", "/", "");
        List<String> sizes = ((List<?>) manifest.get("icons")).stream()
                .map(icon -> String.valueOf(((Map<?, ?>) icon).get("sizes"))).toList();
        assertThat(sizes).contains("192x192", "512x512");
        assertThat((String) fetch("offline.html", false)).contains("Mất kết nối mạng", "The connection is gone");
    }

    /** What the server answers to a GET of {@code path} in the signed-in browser: JSON or text. */
    private Object fetch(String path, boolean json) {
        return ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/' + arguments[0]).then((r) => arguments[1] ? r.json() : r.text()).then(done,
                    (e) => done(String(e)));
                """, path, json);
    }

    /**
     * The page is as wide as the phone (nothing scrolls sideways), and {@code main} shows within the screen's
     * width (it may lie further down: scrolling down is fine).
     */
    private void fitsTheScreen(String screen, WebElement main) {
        browser.waitForVaadin();
        List<?> widths = (List<?>) browser.js("return [document.documentElement.scrollWidth, window.innerWidth];");
        assertThat(((Number) widths.get(0)).longValue()).as("the page's width on " + screen)
                .isEqualTo(((Number) widths.get(1)).longValue()).isEqualTo(Browser.PHONE_WIDTH);
        Map<?, ?> box = (Map<?, ?>) browser.js("const r = arguments[0].getBoundingClientRect();"
                + "return {left: r.left, right: r.right, width: r.width};", main);
        assertThat(((Number) box.get("width")).doubleValue()).as("the main action of " + screen + " shows")
                .isPositive();
        assertThat(((Number) box.get("left")).doubleValue()).as("its left edge on " + screen)
                .isGreaterThanOrEqualTo(0);
        assertThat(((Number) box.get("right")).doubleValue()).as("its right edge on " + screen)
                .isLessThanOrEqualTo(Browser.PHONE_WIDTH);
    }

    /** The full-width button of a card (the first shown with this text), once the grid shows cards. */
    private WebElement cardAction(String text) {
        return browser.until("a card's «" + text + "» button", d -> d.findElements(
                        By.cssSelector("vaadin-grid.chidao-cards vaadin-button.chidao-row-card-action")).stream()
                .filter(b -> b.isDisplayed() && text.equals(b.getText().trim())).findFirst().orElse(null));
    }

    /** The text of the card that holds {@code content}. */
    private String cardText(String content) {
        return browser.until("a card about «" + content + "»", d -> d.findElements(By.className("chidao-row-card"))
                .stream().map(c -> c.getText().replaceAll("\\s+", " ")).filter(t -> t.contains(content))
                .findFirst().orElse(null));
    }

    private void signInAs(Actor actor) {
        skipIfAnEarlierStepFailed();
        browser.signInAs(actor.username(), Fixtures.PASSWORD);
    }

    private void step(int step, String name) throws IOException {
        browser.screenshot(String.format("Phone-%02d-%s", step, name));
    }
}
