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
import vn.chidao.assignment.AssignmentDetail;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.base.HistoryEntry;
import vn.chidao.support.Drafts;
import vn.chidao.support.TaskPageTestSupport;
import vn.chidao.support.World;

/** A coordinating unit's contribution, seen on the lead unit's task, and the leader's sign-off of a result. */
class CoordinationAndSignOffViewTest extends TaskPageTestSupport {

    @Test
    void aCoordinatingUnitSendsItsContributionAndTheLeadUnitReadsItOnItsTask() {
        Map<String, Long> ids = issue(Drafts.inWorkingDays(10, World.SO_A, World.SO_B));
        long coordinator = ids.get(World.SO_B);
        assignments.acknowledge(world.focalPoint(World.SO_B), coordinator);
        open(world.focalPoint(World.SO_B), coordinator);
        _assertNone(Button.class, spec -> spec.withId("report-submit"));
        assertThat(text("deadline")).isEqualTo("13/03/2024");

        _setValue(_get(TextArea.class, spec -> spec.withId("contribution-text")), "Sở B đề nghị bổ sung chỉ tiêu");
        click("contribution-submit");
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(assignments.get(world.secretariat(), coordinator).status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(text("status-badge")).isEqualTo("Hoàn thành");
        _assertNone(Button.class, spec -> spec.withId("contribution-submit"));

        open(world.focalPoint(World.SO_A), ids.get(World.SO_A));
        Div card = _get(Div.class, spec -> spec.withId("contribution-" + coordinator));
        assertThat(card.getElement().getTextRecursively()).contains("Sở B (SO_B)", "Sở B đề nghị bổ sung chỉ tiêu",
                world.focalPoint(World.SO_B).username(), "04/03/2024 09:00");
        _assertNone(Button.class, spec -> spec.withId("contribution-submit"));
    }

    @Test
    void anEmptyContributionIsNotSent() {
        long coordinator = issue(Drafts.inWorkingDays(10, World.SO_A, World.SO_B)).get(World.SO_B);
        assignments.acknowledge(world.focalPoint(World.SO_B), coordinator);
        open(world.focalPoint(World.SO_B), coordinator);

        click("contribution-submit");

        _expectInvalid(_get(TextArea.class, spec -> spec.withId("contribution-text")), "không được để trống");
        assertThat(assignments.get(world.secretariat(), coordinator).status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
    }

    @Test
    void theLeaderSignsOffAnAcceptedResult() {
        long id = acceptedAwaitingSignOff();
        open(world.leader(), id);
        assertThat(text("status-badge")).isEqualTo("Chờ lãnh đạo ký duyệt");
        assertThat(text("sign-off-needed")).isEqualTo("Có");

        click("sign-off-accept");
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(assignments.get(world.leader(), id).status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(text("status-badge")).isEqualTo("Hoàn thành");
        assertThat(timeline()).contains("Lãnh đạo ký duyệt");
        _assertNone(Button.class, spec -> spec.withId("sign-off-accept"));
    }

    @Test
    void theLeaderReturnsTheResultOnlyWithAComment() {
        long id = acceptedAwaitingSignOff();
        open(world.leader(), id);

        click("sign-off-return");
        click("comment-confirm");
        TextArea comment = _get(TextArea.class, spec -> spec.withId("comment-text"));
        _expectInvalid(comment, "cần nêu lý do trả lại");
        assertThat(assignments.get(world.leader(), id).status()).isEqualTo(AssignmentStatus.AWAITING_SIGN_OFF);

        _setValue(comment, "Cần bổ sung số liệu");
        click("comment-confirm");

        AssignmentDetail after = assignments.get(world.leader(), id);
        assertThat(after.status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(after.history()).last().extracting(HistoryEntry::action, HistoryEntry::comment)
                .containsExactly("SIGN_OFF_RETURNED", "Cần bổ sung số liệu");
        assertThat(timeline()).contains("Lãnh đạo trả lại", "Cần bổ sung số liệu");
    }

    @Test
    void theSecretariatWaitsForTheLeaderAndHasNoSignOffButtons() {
        long id = acceptedAwaitingSignOff();
        open(world.secretariat(), id);

        _assertNone(Button.class, spec -> spec.withId("sign-off-accept"));
        _assertNone(Button.class, spec -> spec.withId("review-accept"));
    }

    private long acceptedAwaitingSignOff() {
        long id = issue(Drafts.signedOff(Drafts.inWorkingDays(10, World.SO_A))).get(World.SO_A);
        steps.reported(world, id, World.SO_A);
        steps.accepted(world, id);
        return id;
    }
}
