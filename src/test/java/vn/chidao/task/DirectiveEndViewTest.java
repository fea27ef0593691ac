package vn.chidao.task;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.support.Drafts;
import vn.chidao.support.TaskPageTestSupport;
import vn.chidao.support.World;

/** The secretariat cancels a directive, or closes an ongoing one, from a unit's task page. */
class DirectiveEndViewTest extends TaskPageTestSupport {

    @Test
    void cancellingNeedsAReasonThenEndsEveryUnitsPartAndSaysWhy() {
        Map<String, Long> ids = issue(Drafts.inWorkingDays(10, World.SO_A, World.SO_B));
        long lead = ids.get(World.SO_A);
        open(world.secretariat(), lead);
        _assertNone(Button.class, spec -> spec.withId("directive-close"));

        click("directive-cancel");
        assertThat(_get(Button.class, spec -> spec.withId("comment-cancel")).getText()).isEqualTo("Quay lại");
        click("comment-confirm");
        TextArea reason = _get(TextArea.class, spec -> spec.withId("comment-text"));
        _expectInvalid(reason, "không được để trống");
        assertThat(assignments.get(world.secretariat(), lead).status()).isEqualTo(AssignmentStatus.ASSIGNED);

        _setValue(reason, "Không còn phù hợp");
        click("comment-confirm");

        assertThat(assignments.get(world.secretariat(), lead).status()).isEqualTo(AssignmentStatus.CANCELLED);
        assertThat(assignments.get(world.secretariat(), ids.get(World.SO_B)).status())
                .isEqualTo(AssignmentStatus.CANCELLED);
        assertThat(text("status-badge")).isEqualTo("Đã hủy");
        assertThat(textOf("ended-banner")).contains("Nhiệm vụ đã bị hủy", "Không còn phù hợp");
        assertThat(textOf("task-actions")).contains("Nhiệm vụ đã bị hủy; không còn việc gì phải làm.");
        _assertNone(Button.class, spec -> spec.withId("directive-cancel"));
    }

    @Test
    void closingAnOngoingDirectiveAsksFirstAndEndsItsReports() {
        long id = issue(Drafts.ongoingEvery("P1M", World.SO_A)).get(World.SO_A);
        assignments.acknowledge(world.focalPoint(World.SO_A), id);
        open(world.secretariat(), id);
        assertThat(text("report-every")).isEqualTo("Hằng tháng");

        click("directive-close");
        assertThat(assignments.get(world.secretariat(), id).status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(assignments.get(world.secretariat(), id).status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(textOf("ended-banner")).contains("Nhiệm vụ thường xuyên đã kết thúc");
        _assertNone(Button.class, spec -> spec.withId("directive-close"));
        assertThat(timeline()).contains("Kết thúc nhiệm vụ thường xuyên");
    }

    @Test
    void unitsNeitherCancelNorClose() {
        long id = issue(Drafts.ongoingEvery("P1M", World.SO_A)).get(World.SO_A);

        open(world.focalPoint(World.SO_A), id);

        _assertNone(Div.class, spec -> spec.withId("directive-end-panel"));
    }
}
