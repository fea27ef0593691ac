package vn.chidao.task;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import elemental.json.JsonArray;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.assignment.AssignmentDetail;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.assignment.CompletionReport;
import vn.chidao.assignment.DirectiveAssignmentProcess;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.Actor;
import vn.chidao.base.HistoryEntry;
import vn.chidao.base.Role;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.ProcessDiagram;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.extension.ExtensionInput;
import vn.chidao.extension.ExtensionService;
import vn.chidao.security.NewUser;
import vn.chidao.security.UserService;
import vn.chidao.support.Fixtures;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

class AssignmentViewTest extends KaribuSupport {

    @Autowired
    AssignmentService assignments;
    @Autowired
    ExtensionService extensions;
    @Autowired
    UserService users;

    @Test
    void theFocalPointSeesTheDirectiveHistoryAndOnlyTheActionsOfTheMoment() {
        World world = fixtures.newWorld();
        time.startAt(LocalDate.of(2024, 3, 5), 9, 0);
        long id = issuedFor(world, World.SO_A);
        assignments.acknowledge(world.focalPoint(World.SO_A), id);

        open(world.focalPoint(World.SO_A), id);

        assertThat(_get(Paragraph.class, spec -> spec.withId("directive-text")).getText())
                .isEqualTo("Xây dựng kế hoạch chuyển đổi số");
        assertThat(text("status-badge")).isEqualTo("Đang thực hiện");
        assertThat(text("timeliness-badge")).isEqualTo("Đang thực hiện trong hạn");
        assertThat(text("days-left")).isEqualTo("còn 22 ngày làm việc");
        assertThat(timeline()).contains("Giao nhiệm vụ", "Tiếp nhận", world.focalPoint(World.SO_A).username());
        _get(IntegerField.class, spec -> spec.withId("progress-percent"));
        _get(Button.class, spec -> spec.withId("report-submit"));
        _assertNone(Button.class, spec -> spec.withId("acknowledge"));
        _assertNone(Button.class, spec -> spec.withId("review-accept"));
    }

    @Test
    void aUnitHeadReadsTheTaskButHasNoActionButtons() {
        World world = fixtures.newWorld();
        long id = issuedFor(world, World.SO_A);

        open(world.unitHead(World.SO_A), id);

        Div actions = _get(Div.class, spec -> spec.withId("task-actions"));
        _assertNone(actions, Button.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("waiting-note")).getText())
                .isEqualTo("Chờ đầu mối của đơn vị tiếp nhận nhiệm vụ.");
        assertThat(timeline()).contains("Giao nhiệm vụ");
    }

    @Test
    void anotherUnitsFocalPointFindsNoSuchTask() {
        World world = fixtures.newWorld();
        long id = issuedFor(world, World.SO_A);

        open(world.focalPoint(World.SO_B), id);

        // The same answer as for an id that does not exist: the page tells nothing of another unit's work.
        assertThat(_get(Div.class, spec -> spec.withId("access-message")).getElement().getTextRecursively())
                .contains("Không tìm thấy nhiệm vụ");
        _assertNone(Div.class, spec -> spec.withId("task-actions"));
    }

    @Test
    void anUnknownTaskSaysItIsNotFound() {
        World world = fixtures.newWorld();

        open(world.secretariat(), Long.MAX_VALUE);

        assertThat(_get(Div.class, spec -> spec.withId("access-message")).getElement().getTextRecursively())
                .contains("Không tìm thấy nhiệm vụ");
    }

    @Test
    void acknowledgingOnTheTaskPageAsksFirstThenOffersProgressAndReport() {
        World world = fixtures.newWorld();
        long id = issuedFor(world, World.SO_A);
        open(world.focalPoint(World.SO_A), id);

        _click(_get(Button.class, spec -> spec.withId("acknowledge")));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(assignments.get(world.secretariat(), id).status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        expectNotifications("Đã tiếp nhận nhiệm vụ.");
        assertThat(text("status-badge")).isEqualTo("Đang thực hiện");
        _get(IntegerField.class, spec -> spec.withId("progress-percent"));
        _assertNone(Button.class, spec -> spec.withId("acknowledge"));
    }

    @Test
    void aProgressAbove100ShowsTheRuleAndRecordsNothing() {
        World world = fixtures.newWorld();
        long id = issuedFor(world, World.SO_A);
        assignments.acknowledge(world.focalPoint(World.SO_A), id);
        open(world.focalPoint(World.SO_A), id);

        IntegerField percent = _get(IntegerField.class, spec -> spec.withId("progress-percent"));
        _setValue(percent, 150);
        _click(_get(Button.class, spec -> spec.withId("progress-save")));

        assertThat(percent.isInvalid()).isTrue();
        assertThat(percent.getErrorMessage()).isEqualTo("phải từ 0 đến 100");
        AssignmentDetail after = assignments.get(world.secretariat(), id);
        assertThat(after.progressPercent()).isZero();
        assertThat(after.history()).extracting(HistoryEntry::action).doesNotContain("PROGRESS");
    }

    @Test
    void aValidProgressIsRecordedAndShown() {
        World world = fixtures.newWorld();
        long id = issuedFor(world, World.SO_A);
        assignments.acknowledge(world.focalPoint(World.SO_A), id);
        open(world.focalPoint(World.SO_A), id);

        _setValue(_get(IntegerField.class, spec -> spec.withId("progress-percent")), 40);
        _setValue(_get(TextArea.class, spec -> spec.withId("progress-note")), "Đã lấy ý kiến các sở");
        _click(_get(Button.class, spec -> spec.withId("progress-save")));

        assertThat(assignments.get(world.secretariat(), id).progressPercent()).isEqualTo(40);
        assertThat(text("progress-percent-text")).isEqualTo("40%");
        assertThat(timeline()).contains("Cập nhật tiến độ", "40% · Đã lấy ý kiến các sở");
    }

    @Test
    void anEmptyReportIsNotSent() {
        World world = fixtures.newWorld();
        long id = issuedFor(world, World.SO_A);
        assignments.acknowledge(world.focalPoint(World.SO_A), id);
        open(world.focalPoint(World.SO_A), id);

        _click(_get(Button.class, spec -> spec.withId("report-submit")));

        TextArea report = _get(TextArea.class, spec -> spec.withId("report-text"));
        assertThat(report.isInvalid()).isTrue();
        _assertNone(ConfirmDialog.class);
        assertThat(assignments.get(world.secretariat(), id).status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
    }

    @Test
    void aSubmittedReportAwaitsReviewAndReachesTheSecretariatsQueue() {
        World world = fixtures.newWorld();
        long id = issuedFor(world, World.SO_A);
        assignments.acknowledge(world.focalPoint(World.SO_A), id);
        open(world.focalPoint(World.SO_A), id);

        TextArea report = _get(TextArea.class, spec -> spec.withId("report-text"));
        _setValue(report, "Đã ban hành Kế hoạch số 12/KH-SA");
        assertThat(report.getHelperText()).startsWith("32 / 8");
        _click(_get(Button.class, spec -> spec.withId("report-submit")));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(assignments.get(world.secretariat(), id).status()).isEqualTo(AssignmentStatus.AWAITING_REVIEW);
        assertThat(_get(Paragraph.class, spec -> spec.withId("latest-report")).getText())
                .isEqualTo("Đã ban hành Kế hoạch số 12/KH-SA");
        assertThat(_find(Button.class, spec -> spec.withId("report-submit"))).isEmpty();

        loginAs(world.secretariat());
        UI.getCurrent().navigate("review");
        Grid<?> queue = _get(Grid.class, spec -> spec.withId("review-grid"));
        assertThat(_findAll(queue)).hasSize(1).first().hasFieldOrPropertyWithValue("assignmentId", id);
    }

    @Test
    void returningNeedsACommentAndThenGoesBackToTheUnit() {
        World world = fixtures.newWorld();
        long id = reported(world);
        open(world.secretariat(), id);

        _click(_get(Button.class, spec -> spec.withId("review-return")));
        _click(_get(Button.class, spec -> spec.withId("comment-confirm")));

        TextArea comment = _get(TextArea.class, spec -> spec.withId("comment-text"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("cần nêu lý do trả lại");
        assertThat(assignments.get(world.secretariat(), id).status()).isEqualTo(AssignmentStatus.AWAITING_REVIEW);

        _setValue(comment, "Thiếu số liệu kết quả");
        _click(_get(Button.class, spec -> spec.withId("comment-confirm")));

        AssignmentDetail after = assignments.get(world.secretariat(), id);
        assertThat(after.status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(after.history()).last().extracting(HistoryEntry::action, HistoryEntry::comment)
                .containsExactly("RETURNED", "Thiếu số liệu kết quả");
        assertThat(timeline()).contains("Trả lại báo cáo", "Thiếu số liệu kết quả");
        _assertNone(Button.class, spec -> spec.withId("review-accept"));
    }

    @Test
    void acceptingMakesItDoneOnTime() {
        World world = fixtures.newWorld();
        long id = reported(world);
        open(world.secretariat(), id);

        _click(_get(Button.class, spec -> spec.withId("review-accept")));
        _fireConfirm(_get(ConfirmDialog.class));

        AssignmentDetail after = assignments.get(world.secretariat(), id);
        assertThat(after.status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(after.timeliness()).isEqualTo(Timeliness.DONE_ON_TIME);
        assertThat(text("status-badge")).isEqualTo("Hoàn thành");
        assertThat(text("timeliness-badge")).isEqualTo("Hoàn thành đúng hạn");
    }

    @Test
    void whenSomeoneElseActedFirstTheReasonShowsAndThePageCatchesUp() {
        World world = fixtures.newWorld();
        long id = issuedFor(world, World.SO_A);
        Actor colleague = fixtures.user(world, "dm2.soa", Role.FOCAL_POINT, World.SO_A);
        open(world.focalPoint(World.SO_A), id);

        assignments.acknowledge(colleague, id);
        clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("acknowledge")));
        _fireConfirm(_get(ConfirmDialog.class));

        expectNotifications("Nhiệm vụ đang ở trạng thái Đang thực hiện; thao tác này cần trạng thái Đã giao.");
        assertThat(text("status-badge")).isEqualTo("Đang thực hiện");
        _assertNone(Button.class, spec -> spec.withId("acknowledge"));
        assertThat(timeline()).contains(colleague.username());
    }

    @Test
    void theDeadlineReadsDayMonthYearAndNoOriginalWhenUnchanged() {
        World world = fixtures.newWorld();
        long id = issuedFor(world, World.SO_A);

        open(world.secretariat(), id);

        _assertNone(Span.class, spec -> spec.withId("original-deadline"));
        assertThat(text("deadline")).isEqualTo(Dates.format(LocalDate.now(Dates.ZONE).plusDays(30)));
    }

    @Test
    void theProcessCardNamesTheCurrentStepAndDrawsTheDiagramWhenOpened() {
        World world = fixtures.newWorld();
        long id = issuedFor(world, World.SO_A);
        assignments.acknowledge(world.focalPoint(World.SO_A), id);
        open(world.focalPoint(World.SO_A), id);

        Div card = _get(Div.class, spec -> spec.withId("process-card"));
        assertThat(text("process-step")).isEqualTo("Đang ở bước: Thực hiện và báo cáo kết quả");
        _assertNone(ProcessDiagram.class);

        _get(card, Details.class).setOpened(true);

        ProcessDiagram diagram = _get(ProcessDiagram.class, spec -> spec.withId("process-diagram"));
        assertThat(diagram.view().current()).containsExactly(DirectiveAssignmentProcess.TASK_REPORT);
        assertThat(diagram.view().passed()).contains(DirectiveAssignmentProcess.TASK_ACKNOWLEDGE);
        assertThat(diagram.view().passedFlows()).contains("Flow_ToAcknowledge");
        assertThat(((JsonArray) diagram.getElement().getPropertyRaw("current")).toJson()).contains("Task_SubmitReport");
        assertThat(((JsonArray) diagram.getElement().getPropertyRaw("passed")).toJson()).contains("Task_Acknowledge");
        assertThat(((JsonArray) diagram.getElement().getPropertyRaw("passedFlows")).toJson()).contains("Flow_ToAcknowledge");
        assertThat(diagram.getElement().getProperty("xml")).contains("id=\"Task_SubmitReport\"");
    }

    @Test
    void theProcessCardStaysOpenWhenThePageReloadsAfterAnAction() {
        World world = fixtures.newWorld();
        long id = issuedFor(world, World.SO_A);
        open(world.focalPoint(World.SO_A), id);
        _get(_get(Div.class, spec -> spec.withId("process-card")), Details.class).setOpened(true);
        assertThat(_get(ProcessDiagram.class).view().current()).containsExactly(DirectiveAssignmentProcess.TASK_ACKNOWLEDGE);

        _click(_get(Button.class, spec -> spec.withId("acknowledge")));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(_get(ProcessDiagram.class).view().current()).containsExactly(DirectiveAssignmentProcess.TASK_REPORT);
    }

    @Test
    void theReportConfirmationSaysItWithdrawsThePendingExtensionRequest() {
        World world = fixtures.newWorld();
        long id = issuedFor(world, World.SO_A);
        Actor focal = world.focalPoint(World.SO_A);
        assignments.acknowledge(focal, id);
        LocalDate asked = assignments.get(focal, id).deadline().plusDays(14);
        extensions.request(focal, id, new ExtensionInput(asked, "Chờ ý kiến của Bộ"));
        open(focal, id);

        _setValue(_get(TextArea.class, spec -> spec.withId("report-text")), "Đã hoàn thành");
        _click(_get(Button.class, spec -> spec.withId("report-submit")));

        assertThat(_get(ConfirmDialog.class).getElement().getProperty("message"))
                .endsWith("Đề nghị gia hạn đến " + Dates.format(asked) + " đang chờ quyết định sẽ được rút lại.");
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(assignments.get(focal, id).pendingExtension()).isNull();
    }

    @Test
    void withoutAPendingRequestTheReportConfirmationWithdrawsNothing() {
        World world = fixtures.newWorld();
        long id = issuedFor(world, World.SO_A);
        assignments.acknowledge(world.focalPoint(World.SO_A), id);
        open(world.focalPoint(World.SO_A), id);

        _setValue(_get(TextArea.class, spec -> spec.withId("report-text")), "Đã hoàn thành");
        _click(_get(Button.class, spec -> spec.withId("report-submit")));

        assertThat(_get(ConfirmDialog.class).getElement().getProperty("message"))
                .isEqualTo("Sau khi gửi, Văn phòng sẽ xem xét và chấp nhận hoặc trả lại báo cáo.");
    }

    @Test
    void afterReportingThePageSaysTheNewStatusAtTheTop() {
        World world = fixtures.newWorld();
        long id = issuedFor(world, World.SO_A);
        assignments.acknowledge(world.focalPoint(World.SO_A), id);
        open(world.focalPoint(World.SO_A), id);
        _assertNone(Span.class, spec -> spec.withId("status-changed"));

        _setValue(_get(TextArea.class, spec -> spec.withId("report-text")), "Đã hoàn thành");
        _click(_get(Button.class, spec -> spec.withId("report-submit")));
        _fireConfirm(_get(ConfirmDialog.class));

        Span changed = _get(Span.class, spec -> spec.withId("status-changed"));
        assertThat(changed.getText()).isEqualTo("Trạng thái mới: Chờ xem xét");
        assertThat(changed.getParent().orElseThrow().getClassNames()).contains("chidao-task-head");
        assertThat(text("status-badge")).isEqualTo("Chờ xem xét");
    }

    @Test
    void theHistoryNamesPeopleByTheirDisplayNameNotTheirLogin() {
        World world = fixtures.newWorld();
        long id = issuedFor(world, World.SO_A);
        String login = world.government().code().toLowerCase() + ".dm.lan";
        users.createUser(world.admin(), new NewUser(login, Fixtures.PASSWORD, "Trần Thị Lan",
                Set.of(Role.FOCAL_POINT), world.government().code(), World.SO_A, null));
        Actor lan = users.actorOf(login);
        assignments.acknowledge(lan, id);
        extensions.request(lan, id, new ExtensionInput(assignments.get(lan, id).deadline().plusDays(7), "Chờ số liệu"));

        open(world.secretariat(), id);

        assertThat(timeline()).contains("Tiếp nhận", "Trần Thị Lan").doesNotContain(login);
        assertThat(_get(Div.class, spec -> spec.withId("extension-history")).getElement().getTextRecursively())
                .contains("Trần Thị Lan").doesNotContain(login);
    }

    @Test
    void openedFromAQueueTheActionsAndTheReportToDecideOnComeFirst() {
        World world = fixtures.newWorld();
        long id = reported(world);
        loginAs(world.secretariat());

        UI.getCurrent().navigate("assignments/" + id, QueryParameters.of("from", "review"));

        List<Component> cards = mainCards();
        assertThat(cards.get(0).getId()).hasValue("task-actions");
        _get(cards.get(0), Button.class, spec -> spec.withId("review-accept"));
        _get(cards.get(1), Paragraph.class, spec -> spec.withId("latest-report"));
        _get(cards.get(2), Paragraph.class, spec -> spec.withId("directive-text"));
    }

    @Test
    void openedDirectlyTheDirectiveAndItsFactsComeFirstAndTheActionsAfter() {
        World world = fixtures.newWorld();
        long id = reported(world);

        open(world.secretariat(), id);

        List<Component> cards = mainCards();
        _get(cards.get(0), Paragraph.class, spec -> spec.withId("directive-text"));
        Component reportCard = _get(Paragraph.class, spec -> spec.withId("latest-report")).getParent().orElseThrow();
        int report = cards.indexOf(reportCard);
        int actions = cards.indexOf(_get(Div.class, spec -> spec.withId("task-actions")));
        assertThat(report).isGreaterThan(1);
        assertThat(actions).isGreaterThan(report);
    }

    private long issuedFor(World world, String unit) {
        ConclusionDetail issued = fixtures.issue(world, fixtures.draft());
        return Fixtures.assignmentOf(issued, unit);
    }

    private long reported(World world) {
        long id = issuedFor(world, World.SO_A);
        assignments.acknowledge(world.focalPoint(World.SO_A), id);
        assignments.report(world.focalPoint(World.SO_A), id, new CompletionReport("Đã hoàn thành kế hoạch"));
        return id;
    }

    private void open(Actor actor, long id) {
        loginAs(actor);
        UI.getCurrent().navigate("assignments/" + id);
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private static List<Component> mainCards() {
        return _get(Div.class, spec -> spec.withClasses("chidao-task-main")).getChildren().toList();
    }

    private static String timeline() {
        return _get(Div.class, spec -> spec.withId("history")).getElement().getTextRecursively();
    }
}
