package vn.chidao.extension;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chidao.assignment.AssignmentDetail;
import vn.chidao.assignment.ExtensionView;
import vn.chidao.base.Actor;
import vn.chidao.support.Drafts;
import vn.chidao.support.TaskPageTestSupport;
import vn.chidao.support.World;

/** Asking for an extension on the task page, and the secretariat's decision on it. */
class ExtensionPanelsViewTest extends TaskPageTestSupport {

    static final LocalDate ASKED = LocalDate.of(2024, 3, 25);

    Actor focal;
    long id;

    @BeforeEach
    void aDirectiveDueIn10WorkingDaysInProgress() {
        id = issue(Drafts.inWorkingDays(10, World.SO_A)).get(World.SO_A);
        focal = world.focalPoint(World.SO_A);
        assignments.acknowledge(focal, id);
    }

    @Test
    void theFocalPointAsksForALaterDayAndThenSeesTheRequestPending() {
        open(focal, id);
        assertThat(text("deadline")).isEqualTo("18/03/2024");
        assertThat(text("days-left")).isEqualTo("còn 10 ngày làm việc");

        click("extension-open");
        DatePicker day = _get(DatePicker.class, spec -> spec.withId("extension-deadline"));
        assertThat(day.getMin()).isEqualTo(DEADLINE.plusDays(1));
        _setValue(day, ASKED);
        _setValue(_get(TextArea.class, spec -> spec.withId("extension-reason")), "Chờ ý kiến của Bộ");
        click("extension-submit");

        expectNotifications("Đã gửi đề nghị gia hạn.");
        ExtensionView pending = assignments.get(focal, id).pendingExtension();
        assertThat(pending.requestedDeadline()).isEqualTo(ASKED);
        assertThat(text("extension-" + pending.id() + "-status")).isEqualTo("Chờ quyết định");
        assertThat(textOf("extension-history")).contains("18/03/2024 → 25/03/2024", "Chờ ý kiến của Bộ",
                focal.username());
        _assertNone(Button.class, spec -> spec.withId("extension-open"));
        assertThat(text("deadline")).isEqualTo("18/03/2024");
    }

    @Test
    void aReasonIsRequiredAndNothingIsSentWithout() {
        open(focal, id);
        click("extension-open");
        _setValue(_get(DatePicker.class, spec -> spec.withId("extension-deadline")), ASKED);
        click("extension-submit");

        _expectInvalid(_get(TextArea.class, spec -> spec.withId("extension-reason")), "không được để trống");
        assertThat(assignments.get(focal, id).extensions()).isEmpty();
    }

    @Test
    void theServicesObjectionShowsOnTheDayField() {
        time.runUntil(LocalDate.of(2024, 3, 20), 9, 0, processes.ofAssignment(id));
        open(focal, id);
        assertThat(text("days-left")).isEqualTo("quá hạn 2 ngày làm việc");

        click("extension-open");
        _setValue(_get(DatePicker.class, spec -> spec.withId("extension-deadline")), LocalDate.of(2024, 3, 19));
        _setValue(_get(TextArea.class, spec -> spec.withId("extension-reason")), "Xin lùi một ngày");
        click("extension-submit");

        _expectInvalid(_get(DatePicker.class, spec -> spec.withId("extension-deadline")),
                "thời hạn mới không được trước hôm nay");
        assertThat(assignments.get(focal, id).extensions()).isEmpty();
    }

    @Test
    void theSecretariatApprovesAndThePageShowsTheNewDeadlineAndTheOriginal() {
        extensions.request(focal, id, new ExtensionInput(ASKED, "Chờ ý kiến của Bộ"));
        open(world.secretariat(), id);
        assertThat(textOf("extension-decision-panel")).contains("SO_A xin gia hạn từ 18/03/2024 đến 25/03/2024",
                "Chờ ý kiến của Bộ");

        click("extension-approve");
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(assignments.get(focal, id).deadline()).isEqualTo(ASKED);
        assertThat(text("deadline")).isEqualTo("25/03/2024");
        assertThat(text("original-deadline")).isEqualTo("18/03/2024");
        assertThat(text("days-left")).isEqualTo("còn 15 ngày làm việc");
        long request = assignments.get(focal, id).extensions().get(0).id();
        assertThat(text("extension-" + request + "-status")).isEqualTo("Đã đồng ý");
        _assertNone(Button.class, spec -> spec.withId("extension-approve"));
        assertThat(timeline()).contains("Được gia hạn");
    }

    @Test
    void aRefusalWithoutACommentIsRefusedThenWithOneIsRecorded() {
        extensions.request(focal, id, new ExtensionInput(ASKED, "Chờ ý kiến của Bộ"));
        open(world.secretariat(), id);

        click("extension-refuse");
        click("comment-confirm");

        TextArea comment = _get(TextArea.class, spec -> spec.withId("comment-text"));
        _expectInvalid(comment, "cần nêu lý do không đồng ý");
        assertThat(assignments.get(focal, id).pendingExtension()).isNotNull();

        _setValue(comment, "Không có lý do chính đáng");
        click("comment-confirm");

        AssignmentDetail after = assignments.get(focal, id);
        assertThat(after.pendingExtension()).isNull();
        assertThat(after.deadline()).isEqualTo(DEADLINE);
        assertThat(text("extension-" + after.extensions().get(0).id() + "-status")).isEqualTo("Không đồng ý");
        assertThat(textOf("extension-history")).contains("Không có lý do chính đáng");
        _assertNone(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("original-deadline"));
    }

    @Test
    void neitherTheUnitHeadNorAnotherUnitMayDecide() {
        extensions.request(focal, id, new ExtensionInput(ASKED, "Chờ ý kiến của Bộ"));

        open(world.unitHead(World.SO_A), id);
        _assertNone(Button.class, spec -> spec.withId("extension-approve"));
        assertThat(textOf("extension-history")).contains("Chờ quyết định");

        open(focal, id);
        _assertNone(Button.class, spec -> spec.withId("extension-approve"));
        _assertNone(Button.class, spec -> spec.withId("extension-open"));
    }
}
