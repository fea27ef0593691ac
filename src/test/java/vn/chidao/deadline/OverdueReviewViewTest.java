package vn.chidao.deadline;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chidao.assignment.AssignmentAction;
import vn.chidao.assignment.AssignmentDetail;
import vn.chidao.base.HistoryEntry;
import vn.chidao.support.Drafts;
import vn.chidao.support.TaskPageTestSupport;
import vn.chidao.support.World;

/**
 * The leaders' answer to a task overdue for 5 working days: due Monday 18/3/2024, escalated on Monday 25/3/2024.
 */
class OverdueReviewViewTest extends TaskPageTestSupport {

    long id;

    @BeforeEach
    void overdueFor5WorkingDays() {
        id = issue(Drafts.inWorkingDays(10, World.SO_A)).get(World.SO_A);
        assignments.acknowledge(world.focalPoint(World.SO_A), id);
        time.runUntil(LocalDate.of(2024, 3, 25), 9, 0, processes.ofAssignment(id));
    }

    @Test
    void theLeaderSeesHowLateTheUnitIsAndUrgesIt() {
        open(world.leader(), id);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("overdue-intro")).getText())
                .contains("SO_A", "5 ngày làm việc");
        assertThat(text("days-left")).isEqualTo("quá hạn 5 ngày làm việc");

        _setValue(decision(), OverdueDecision.Action.URGE);
        _setValue(_get(TextArea.class, spec -> spec.withId("overdue-comment")), "Đề nghị hoàn thành trong tuần");
        click("overdue-submit");

        AssignmentDetail after = assignments.get(world.leader(), id);
        assertThat(after.history()).last().extracting(HistoryEntry::action).isEqualTo("URGED");
        assertThat(after.actions()).doesNotContain(AssignmentAction.OVERDUE_REVIEW);
        assertThat(timeline()).contains("Lãnh đạo nhắc nhở");
        _assertNone(Div.class, spec -> spec.withId("overdue-panel"));
    }

    @Test
    void criticisingAsksForAConfirmationFirst() {
        open(world.leader(), id);

        _setValue(decision(), OverdueDecision.Action.CRITICISE);
        click("overdue-submit");
        assertThat(assignments.get(world.leader(), id).actions()).contains(AssignmentAction.OVERDUE_REVIEW);
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(assignments.get(world.leader(), id).history()).last().extracting(HistoryEntry::action)
                .isEqualTo("CRITICISED");
        assertThat(timeline()).contains("Lãnh đạo phê bình");
    }

    @Test
    void aNewDeadlineNeedsItsDayThenMovesTheDeadline() {
        open(world.leader(), id);
        _assertNone(DatePicker.class, spec -> spec.withId("overdue-deadline"));

        _setValue(decision(), OverdueDecision.Action.NEW_DEADLINE);
        DatePicker day = _get(DatePicker.class, spec -> spec.withId("overdue-deadline"));
        assertThat(day.getMin()).isEqualTo(LocalDate.of(2024, 3, 26));
        assertThat(day.isRequiredIndicatorVisible()).as("the new day is marked as required").isTrue();
        assertThat(decision().isRequiredIndicatorVisible()).isTrue();
        click("overdue-submit");

        _expectInvalid(day, "không được để trống");
        assertThat(assignments.get(world.leader(), id).deadline()).isEqualTo(DEADLINE);

        _setValue(day, LocalDate.of(2024, 4, 5));
        click("overdue-submit");

        assertThat(assignments.get(world.leader(), id).deadline()).isEqualTo(LocalDate.of(2024, 4, 5));
        assertThat(text("deadline")).isEqualTo("05/04/2024");
        assertThat(text("original-deadline")).isEqualTo("18/03/2024");
        assertThat(text("timeliness-badge")).isEqualTo("Đang thực hiện trong hạn");
    }

    @Test
    void onlyALeaderIsAskedToDecide() {
        open(world.secretariat(), id);
        _assertNone(Div.class, spec -> spec.withId("overdue-panel"));

        open(world.focalPoint(World.SO_A), id);
        _assertNone(Div.class, spec -> spec.withId("overdue-panel"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<OverdueDecision.Action> decision() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("overdue-decision"));
    }
}
