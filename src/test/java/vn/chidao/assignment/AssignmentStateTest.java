package vn.chidao.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chidao.support.Rules.invalidFields;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.HistoryEntry;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Steps;
import vn.chidao.support.World;

/** An action the assignment's state does not allow is 409, invalid input is 400, and neither changes anything. */
@ChidaoTest
class AssignmentStateTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;
    @Autowired
    AssignmentService assignments;

    World world;
    Actor focalPoint;
    long id;

    @BeforeEach
    void issueOne() {
        world = fixtures.newWorld();
        focalPoint = world.focalPoint(World.SO_A);
        id = Fixtures.assignmentOf(fixtures.issue(world, fixtures.draft()), World.SO_A);
    }

    @Test
    void acknowledgingTwiceIsAConflictAndRecordedOnce() {
        assignments.acknowledge(focalPoint, id);
        List<HistoryEntry> before = history();

        assertThatThrownBy(() -> assignments.acknowledge(focalPoint, id)).isInstanceOf(ConflictException.class);

        assertThat(history()).isEqualTo(before);
        assertThat(history()).filteredOn(e -> e.action().equals("ACKNOWLEDGED")).hasSize(1);
    }

    @Test
    void reviewingTwiceIsAConflict() {
        steps.reported(world, id, World.SO_A);
        assignments.review(world.secretariat(), id, Steps.accept());
        List<HistoryEntry> before = history();

        assertThatThrownBy(() -> assignments.review(world.secretariat(), id, Steps.accept()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> assignments.review(world.secretariat(), id, Steps.giveBack("Làm lại")))
                .isInstanceOf(ConflictException.class);

        AssignmentDetail after = assignments.get(world.secretariat(), id);
        assertThat(after.status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(after.history()).isEqualTo(before);
    }

    @Test
    void nothingButAcknowledgingIsAllowedBeforeTheUnitAcknowledges() {
        List<HistoryEntry> before = history();

        assertThatThrownBy(() -> assignments.progress(focalPoint, id, new ProgressUpdate(10, null)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> assignments.report(focalPoint, id, new CompletionReport("Xong")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> assignments.review(world.secretariat(), id, Steps.accept()))
                .isInstanceOf(ConflictException.class);

        AssignmentDetail after = assignments.get(world.secretariat(), id);
        assertThat(after.status()).isEqualTo(AssignmentStatus.ASSIGNED);
        assertThat(after.report()).isNull();
        assertThat(after.history()).isEqualTo(before);
    }

    @Test
    void aReportAwaitingReviewCannotBeChangedByTheUnit() {
        steps.reported(world, id, World.SO_A);
        List<HistoryEntry> before = history();

        assertThatThrownBy(() -> assignments.report(focalPoint, id, new CompletionReport("Bản khác")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> assignments.progress(focalPoint, id, new ProgressUpdate(90, null)))
                .isInstanceOf(ConflictException.class);

        assertThat(assignments.get(world.secretariat(), id).report()).isEqualTo("Đã hoàn thành, có văn bản kèm theo");
        assertThat(history()).isEqualTo(before);
    }

    @Test
    void aDoneAssignmentTakesNoMoreProgress() {
        steps.done(world, id, World.SO_A);

        assertThatThrownBy(() -> assignments.progress(focalPoint, id, new ProgressUpdate(100, null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void progressMustBeAPercentageAndAReportMustHaveText() {
        assignments.acknowledge(focalPoint, id);
        List<HistoryEntry> before = history();

        assertThat(invalidFields(() -> assignments.progress(focalPoint, id, new ProgressUpdate(101, null))))
                .containsExactly("percent");
        assertThat(invalidFields(() -> assignments.progress(focalPoint, id, new ProgressUpdate(-1, null))))
                .containsExactly("percent");
        assertThat(invalidFields(() -> assignments.progress(focalPoint, id, new ProgressUpdate(null, "x"))))
                .containsExactly("percent");
        assertThat(invalidFields(() -> assignments.report(focalPoint, id, new CompletionReport(" "))))
                .containsExactly("report");

        assertThat(assignments.get(focalPoint, id).progressPercent()).isZero();
        assertThat(history()).isEqualTo(before);
    }

    @Test
    void returningAReportNeedsAReasonAndADecisionIsRequired() {
        steps.reported(world, id, World.SO_A);

        assertThat(invalidFields(() -> assignments.review(world.secretariat(), id, Steps.giveBack("  "))))
                .containsExactly("comment");
        assertThat(invalidFields(() -> assignments.review(world.secretariat(), id, new ReviewDecision(null, "?"))))
                .containsExactly("decision");

        assertThat(assignments.get(world.secretariat(), id).status()).isEqualTo(AssignmentStatus.AWAITING_REVIEW);
    }

    private List<HistoryEntry> history() {
        return assignments.get(world.secretariat(), id).history();
    }
}
