package vn.chidao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.WebElement;
import vn.chidao.base.Actor;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.SampleFiles;
import vn.chidao.support.World;

/**
 * The whole path in a real browser, each step by the person who takes it: the secretariat drafts a conclusion and
 * submits it, the leader approves it from the approvals queue, the SO_A focal point acknowledges the task in the
 * inbox and asks for an extension, the secretariat grants it, the focal point reports, the secretariat accepts the
 * report, the register says "done on time", and the leader drills down from a heatmap cell of the dashboard (a
 * click on the real canvas) to the one overdue assignment it counts; before that, just issued, the new task is a
 * neutral cell of the heatmap (open on time: grey, off the colour scale).
 *
 * <p>The clock stands still on Monday 4/3/2024 09:00. Seeded through the services, because the path does not
 * create them: the world, and a conclusion issued on 21/2/2024 whose SO_B directive was due on 28/2/2024, open
 * and overdue now. Each step saves a screenshot under {@code target/screenshots} ({@code DirectivePath-NN-...});
 * a failing step leaves one more from {@link BrowserSupport}, and the steps after it are skipped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectivePathBrowserIT extends BrowserSupport {

    static final LocalDate TODAY = LocalDate.of(2024, 3, 4);
    static final LocalDate MEETING = LocalDate.of(2024, 3, 1);
    static final LocalDate DEADLINE = LocalDate.of(2024, 3, 29);
    static final LocalDate EXTENDED = LocalDate.of(2024, 4, 15);
    static final LocalDate OVERDUE_MEETING = LocalDate.of(2024, 2, 20);
    static final LocalDate OVERDUE_DEADLINE = LocalDate.of(2024, 2, 28);

    static final String CONTENT = "Xây dựng kế hoạch chuyển đổi số năm 2024 của Sở A";
    static final String SIGNED_REPORT = "Báo cáo 15-BC ký số.pdf";
    static final String OVERDUE_CONTENT = "Triển khai nhiệm vụ do SO_B chủ trì";
    static final String REASON = "Chờ ý kiến thẩm định của Bộ Thông tin và Truyền thông";
    static final String REPORT = "Đã ban hành Kế hoạch số 12/KH-SA ngày 04/3/2024";

    World world;
    String title;
    String number;
    String assignmentPath;

    @BeforeAll
    void seed() {
        world = fixtures.newWorld();
        title = "Kết luận phiên họp ngày 01/3/2024 " + world.government().code();
        time.startAt(OVERDUE_MEETING.plusDays(1), 9, 0);
        fixtures.issue(world, Drafts.conclusion(OVERDUE_MEETING, Drafts.due(OVERDUE_DEADLINE, World.SO_B)));
        time.startAt(TODAY, 9, 0);
    }

    @Test
    @Order(1)
    @DisplayName("1. The secretariat drafts the conclusion in the editor and submits it to the leaders")
    void secretariatDraftsAndSubmits() throws IOException {
        signInAs(world.secretariat());
        browser.open("conclusions/new");
        browser.pick("committee", Drafts.COMMITTEE);
        browser.typeDate("meeting-date", MEETING);
        browser.type("title", title);
        browser.type("directive-0-content", CONTENT);
        browser.pick("directive-0-lead", World.SO_A + " · Sở A");
        browser.choose("directive-0-deadline-kind", "Ngày cụ thể");
        browser.typeDate("directive-0-deadline", DEADLINE);
        step(1, "draft-filled");

        browser.clickId("submit");
        assertThat(browser.confirm()).contains("Trình lãnh đạo duyệt?");

        browser.notification("Đã trình lãnh đạo duyệt.");
        browser.textOf("conclusion-status", "Chờ duyệt");
        assertThat(browser.path()).matches("/conclusions/\\d+");
        assertThat(browser.textOf("conclusion-number")).isEqualTo("Chưa cấp số");
        step(1, "submitted");
    }

    @Test
    @Order(2)
    @DisplayName("2. The leader approves it from the approvals queue; the number is generated")
    void leaderApproves() throws IOException {
        signInAs(world.leader());
        browser.open("approvals");
        List<List<String>> rows = browser.gridRows("approvals", 1);
        assertThat(rows.get(0).get(0)).contains(title, Drafts.COMMITTEE, "họp ngày 01/03/2024", "1 nhiệm vụ");
        step(2, "approvals-queue");

        browser.clickInGridRow("approvals", title, "Xem và duyệt");
        browser.textOf("conclusion-status", "Chờ duyệt");
        browser.clickId("approve");
        browser.dialog("approve-dialog");
        String proposed = String.valueOf(browser.property("approve-number", "value"));
        assertThat(proposed).matches("\\d+/TB-UBND");
        browser.clickId("approve-confirm");
        browser.dialogClosed("approve-dialog");

        String done = browser.notification("Đã ban hành thông báo số");
        number = done.substring(done.indexOf("số ") + 3).replaceAll("\\.$", "").trim();
        assertThat(number).isEqualTo(proposed);
        browser.textOf("conclusion-status", "Đã ban hành");
        assertThat(browser.textOf("conclusion-number")).contains(number);
        step(2, "issued");

        browser.open("approvals");
        browser.byId("empty-state");

        // On the dashboard the new task (due 29/3, open on time) is a neutral cell, off the scale of SO_B's overdue one
        browser.open("dashboard");
        WebElement heatmap = browser.byId("dashboard-heatmap");
        browser.until("the heatmap to draw the cell SO_A × 2024-03", d -> browser.js(
                "return arguments[0].cellCenter(arguments[1], arguments[2]);", heatmap, World.SO_A, "2024-03"));
        assertThat(browser.js("return arguments[0].cellKind(arguments[1], arguments[2]);", heatmap, World.SO_A,
                "2024-03")).isEqualTo("neutral");
        assertThat(browser.js("return arguments[0].cellKind(arguments[1], arguments[2]);", heatmap, World.SO_B,
                "2024-02")).isEqualTo("overdue");
        assertThat(browser.textOf("dashboard-heatmap-neutral")).isEqualTo("Không quá hạn");
        step(2, "dashboard-neutral-cell");
    }

    @Test
    @Order(3)
    @DisplayName("3. The SO_A focal point acknowledges it in the inbox, opens the task and asks for an extension")
    void focalPointAcknowledgesAndAsksForMoreTime() throws IOException {
        signInAs(world.focalPoint(World.SO_A));
        browser.at("");
        // the new task was announced: the bell counts it and its notification names the directive
        assertThat(browser.textOf("notification-count")).isEqualTo("1");
        browser.clickId("notification-bell-button");
        browser.at("notifications");
        assertThat(String.join(" | ", browser.gridRows("notifications-grid", 1).get(0)))
                .contains("Đơn vị được giao chủ trì nhiệm vụ", CONTENT, number);
        step(3, "task-announced");
        browser.open("");
        browser.at("");
        List<List<String>> rows = browser.gridRows("inbox-grid", 1);
        assertThat(String.join(" | ", rows.get(0)))
                .contains("Tiếp nhận nhiệm vụ", number, CONTENT, "29/03/2024", "còn 19 ngày làm việc");
        step(3, "inbox");

        browser.clickInGridRow("inbox-grid", CONTENT, "Tiếp nhận");
        assertThat(browser.confirm()).contains("Tiếp nhận nhiệm vụ?", CONTENT);
        browser.notification("Đã tiếp nhận nhiệm vụ.");
        browser.until("the task to await its report", d -> String.join(" | ", browser.gridRows("inbox-grid").get(0))
                .contains("Thực hiện và báo cáo"));

        browser.clickGridRow("inbox-grid", CONTENT);
        browser.textOf("status-badge", "Đang thực hiện");
        assignmentPath = browser.path();
        assertThat(assignmentPath).matches("/assignments/\\d+");
        assertThat(browser.textOf("timeliness-badge")).isEqualTo("Đang thực hiện trong hạn");
        assertThat(browser.textOf("deadline")).isEqualTo("29/03/2024");
        assertThat(browser.textOf("directive-text")).isEqualTo(CONTENT);

        browser.clickId("extension-open");
        browser.typeDate("extension-deadline", EXTENDED);
        browser.type("extension-reason", REASON);
        step(3, "extension-request");
        browser.clickId("extension-submit");

        browser.notification("Đã gửi đề nghị gia hạn.");
        assertThat(browser.textOf("extension-history", "15/04/2024")).contains("29/03/2024", REASON);
        assertThat(browser.all(By.id("extension-open"))).as("a second request while one is pending").isEmpty();
        step(3, "extension-requested");
    }

    @Test
    @Order(4)
    @DisplayName("4. The secretariat grants the extension from the «Quyết định gia hạn» queue")
    void secretariatGrantsTheExtension() throws IOException {
        signInAs(world.secretariat());
        browser.open("extensions");
        List<List<String>> rows = browser.gridRows("extensions-grid", 1);
        assertThat(String.join(" | ", rows.get(0))).contains(World.SO_A, CONTENT, "29/03/2024");
        step(4, "extension-queue");

        browser.clickInGridRow("extensions-grid", CONTENT, "Quyết định");
        browser.at(assignmentPath.substring(1));
        assertThat(browser.textOf("extension-change"))
                .isEqualTo(World.SO_A + " xin gia hạn từ 29/03/2024 đến 15/04/2024");
        assertThat(browser.textOf("extension-request-reason")).isEqualTo(REASON);
        browser.clickId("extension-approve");
        assertThat(browser.confirm()).contains("Đồng ý gia hạn?", "15/04/2024");

        browser.notification("Đã đồng ý gia hạn.");
        browser.textOf("deadline", "15/04/2024");
        assertThat(browser.textOf("original-deadline")).isEqualTo("29/03/2024");
        step(4, "extension-granted");

        browser.open("extensions");
        browser.byId("extensions-empty");
    }

    @Test
    @Order(5)
    @DisplayName("5. The focal point sees the new and the original deadline, and reports")
    void focalPointReports() throws IOException {
        signInAs(world.focalPoint(World.SO_A));
        List<List<String>> rows = browser.gridRows("inbox-grid", 1);
        assertThat(String.join(" | ", rows.get(0))).contains(CONTENT, "15/04/2024");
        browser.clickGridRow("inbox-grid", CONTENT);

        browser.textOf("deadline", "15/04/2024");
        assertThat(browser.textOf("original-deadline")).isEqualTo("29/03/2024");
        assertThat(browser.textOf("days-left")).isEqualTo("còn 30 ngày làm việc");
        browser.textOf("extension-history", "15/04/2024");
        step(5, "new-deadline");

        browser.type("report-text", REPORT);
        browser.upload("report-files", signedReport());
        browser.clickId("report-submit");
        assertThat(browser.confirm()).contains("Gửi báo cáo kết quả?");

        browser.notification("Đã gửi báo cáo kết quả.");
        browser.textOf("status-badge", "Chờ xem xét");
        assertThat(browser.textOf("latest-report")).isEqualTo(REPORT);
        assertThat(browser.textOf("latest-report-files")).contains(SIGNED_REPORT, "PDF");
        assertThat(browser.all(By.id("report-text"))).as("the report form, once sent").isEmpty();
        step(5, "reported");
    }

    @Test
    @Order(6)
    @DisplayName("6. The secretariat accepts the report from the review queue")
    void secretariatAccepts() throws IOException {
        signInAs(world.secretariat());
        browser.open("review");
        List<List<String>> rows = browser.gridRows("review-grid", 1);
        assertThat(String.join(" | ", rows.get(0)))
                .contains(World.SO_A, number, CONTENT, "15/04/2024", "04/03/2024", "Hoàn thành đúng hạn");
        assertThat(String.join(" | ", rows.get(0))).contains(SIGNED_REPORT);
        WebElement file = browser.visible(By.xpath("//vaadin-grid-cell-content//a[contains(., '" + SIGNED_REPORT + "')]"));
        Object fetched = browser.jsAsync("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href).then(r => r.arrayBuffer().then(b => done(r.status + ' '
                    + String.fromCharCode(...new Uint8Array(b).slice(0, 5)))));
                """, file);
        assertThat(fetched).as("the report's file behind its link, opened in the secretariat's session")
                .isEqualTo("200 %PDF-");
        step(6, "review-queue");

        browser.clickInGridRow("review-grid", CONTENT, "Chấp nhận");
        assertThat(browser.confirm()).contains("Chấp nhận kết quả?", World.SO_A);

        browser.notification("Đã chấp nhận kết quả.");
        browser.byId("review-empty");
        step(6, "accepted");
    }

    @Test
    @Order(7)
    @DisplayName("7. The register shows the directive done on time")
    void registerShowsItDoneOnTime() throws IOException {
        skipIfAnEarlierStepFailed();
        browser.open("register");
        List<List<String>> rows = browser.gridRows("register-grid", 2);
        List<String> ours = rows.stream().filter(r -> String.join(" ", r).contains(CONTENT)).findFirst().orElseThrow();
        assertThat(String.join(" | ", ours))
                .contains(number, CONTENT, World.SO_A, "15/04/2024", "hạn ban đầu 29/03/2024", "Hoàn thành",
                        "Hoàn thành đúng hạn");
        assertThat(browser.textOf("count-DONE_ON_TIME")).startsWith("1");
        assertThat(browser.textOf("count-OPEN_OVERDUE")).startsWith("1");
        step(7, "register");
    }

    @Test
    @Order(8)
    @DisplayName("8. The leader clicks the heatmap cell SO_B × 02/2024 and lands on its one overdue assignment")
    void leaderDrillsDownFromTheHeatmap() throws IOException {
        signInAs(world.leader());
        browser.open("dashboard");
        WebElement heatmap = browser.byId("dashboard-heatmap");
        // The chart's own idea of where the cell is drawn (the component's cellCenter hook, ECharts' convertToPixel).
        Map<?, ?> cell = browser.until("the heatmap to draw the cell SO_B × 2024-02", d -> (Map<?, ?>) browser.js(
                "return arguments[0].cellCenter(arguments[1], arguments[2]);", heatmap, World.SO_B, "2024-02"));
        step(8, "dashboard");

        browser.clickAt(heatmap, ((Number) cell.get("x")).doubleValue(), ((Number) cell.get("y")).doubleValue());

        browser.at("register");
        assertThat(browser.path()).isEqualTo("/register?unit=SO_B&deadlineFrom=2024-02-01&deadlineTo=2024-02-29"
                + "&timeliness=DONE_LATE&timeliness=OPEN_OVERDUE");
        List<List<String>> rows = browser.gridRows("register-grid", 1);
        assertThat(String.join(" | ", rows.get(0)))
                .contains(OVERDUE_CONTENT, World.SO_B, "28/02/2024", "Đã giao", "Đang thực hiện quá hạn")
                .doesNotContain(CONTENT);
        assertThat(browser.property("register-grid", "size")).isEqualTo(1L);
        assertThat(browser.property("filter-deadline-from", "value")).isEqualTo("2024-02-01");
        assertThat(browser.property("filter-deadline-to", "value")).isEqualTo("2024-02-29");
        step(8, "register-drill-down");
    }

    /** The signed report the focal point picks from the computer, as a scanned PDF would be. */
    private static Path signedReport() throws IOException {
        Path file = Files.createTempDirectory("chidao-upload").resolve(SIGNED_REPORT);
        Files.write(file, SampleFiles.pdf("Bao cao 15/BC ky so"));
        file.toFile().deleteOnExit();
        return file;
    }

    private void signInAs(Actor actor) {
        skipIfAnEarlierStepFailed();
        browser.signInAs(actor.username(), Fixtures.PASSWORD);
    }

    private void step(int step, String name) throws IOException {
        browser.screenshot(String.format("DirectivePath-%02d-%s", step, name));
    }
}
