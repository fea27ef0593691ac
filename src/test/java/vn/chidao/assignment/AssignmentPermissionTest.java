package vn.chidao.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.NotFoundException;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.register.AssignmentFilter;
import vn.chidao.register.RegisterService;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Steps;
import vn.chidao.support.World;

/**
 * Only the assigned unit's focal points act, only the government's secretariat reviews (403); 404 for unknown ids and
 * for what the caller may not read (another unit's, another government's), answered as unknown.
 */
@ChidaoTest
class AssignmentPermissionTest {

    private static final long UNKNOWN_ID = 987_654_321_987L;

    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;
    @Autowired
    AssignmentService assignments;
    @Autowired
    RegisterService register;

    World world;
    ConclusionDetail issued;
    long soA;

    @BeforeEach
    void issueOne() {
        world = fixtures.newWorld();
        issued = fixtures.issue(world, fixtures.draft());
        soA = Fixtures.assignmentOf(issued, World.SO_A);
    }

    @Test
    void aFocalPointOfAnotherUnitCannotAcknowledge() {
        assertThatThrownBy(() -> assignments.acknowledge(world.focalPoint(World.SO_B), soA))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.acknowledge(world.focalPoint(World.HUYEN_A), soA))
                .isInstanceOf(NotFoundException.class);
        assertThat(assignments.get(world.secretariat(), soA).status()).isEqualTo(AssignmentStatus.ASSIGNED);
    }

    @Test
    void aFocalPointOfAnotherUnitCannotReportProgressOrReport() {
        assignments.acknowledge(world.focalPoint(World.SO_A), soA);

        assertThatThrownBy(() -> assignments.progress(world.focalPoint(World.SO_B), soA, new ProgressUpdate(50, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.report(world.focalPoint(World.SO_B), soA, new CompletionReport("Xong")))
                .isInstanceOf(NotFoundException.class);
        AssignmentDetail after = assignments.get(world.secretariat(), soA);
        assertThat(after.status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(after.progressPercent()).isZero();
    }

    @Test
    void aUnitHeadReadsButCannotAct() {
        assertThatThrownBy(() -> assignments.acknowledge(world.unitHead(World.SO_A), soA))
                .isInstanceOf(ForbiddenException.class);
        assignments.acknowledge(world.focalPoint(World.SO_A), soA);
        assertThatThrownBy(() -> assignments.report(world.unitHead(World.SO_A), soA, new CompletionReport("Xong")))
                .isInstanceOf(ForbiddenException.class);

        AssignmentDetail seen = assignments.get(world.unitHead(World.SO_A), soA);
        assertThat(seen.status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(seen.actions()).isEmpty();
    }

    @Test
    void theSecretariatAndLeadersCannotActForAUnit() {
        assertThatThrownBy(() -> assignments.acknowledge(world.secretariat(), soA))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> assignments.acknowledge(world.leader(), soA))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void onlyTheSecretariatReviews() {
        steps.reported(world, soA, World.SO_A);

        assertThatThrownBy(() -> assignments.review(world.leader(), soA, Steps.accept()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> assignments.review(world.focalPoint(World.SO_A), soA, Steps.accept()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(assignments.get(world.secretariat(), soA).status()).isEqualTo(AssignmentStatus.AWAITING_REVIEW);
    }

    @Test
    void peopleOfAnotherGovernmentCannotActOrRead() {
        World other = fixtures.newWorld();
        assertThatThrownBy(() -> assignments.acknowledge(other.focalPoint(World.SO_A), soA))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.get(other.secretariat(), soA))
                .isInstanceOf(NotFoundException.class);
        steps.reported(world, soA, World.SO_A);

        assertThatThrownBy(() -> assignments.review(other.secretariat(), soA, Steps.accept()))
                .isInstanceOf(NotFoundException.class);
        assertThat(register.page(other.secretariat(), AssignmentFilter.all(), Pageable.ofSize(50))).isEmpty();
        assertThat(assignments.get(world.secretariat(), soA).status()).isEqualTo(AssignmentStatus.AWAITING_REVIEW);
    }

    @Test
    void focalPointsSeeOnlyTheirOwnUnitInTheRegisterAndInDetail() {
        long huyenA = Fixtures.assignmentOf(issued, World.HUYEN_A);

        assertThat(register.page(world.focalPoint(World.SO_A), AssignmentFilter.all(), Pageable.ofSize(50)))
                .extracting(AssignmentRow::id).containsExactly(soA);
        assertThat(register.page(world.unitHead(World.HUYEN_A), AssignmentFilter.all(), Pageable.ofSize(50)))
                .extracting(AssignmentRow::id).containsExactly(huyenA);
        assertThat(register.page(world.focalPoint(World.SO_B), AssignmentFilter.all(), Pageable.ofSize(50)))
                .isEmpty();
        assertThatThrownBy(() -> assignments.get(world.focalPoint(World.SO_A), huyenA))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> register.page(world.focalPoint(World.SO_A),
                new AssignmentFilter(World.HUYEN_A, null, null, null), Pageable.ofSize(50)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(register.page(world.secretariat(), AssignmentFilter.all(), Pageable.ofSize(50)))
                .extracting(AssignmentRow::id).containsExactlyInAnyOrder(soA, huyenA);
    }

    @Test
    void unknownAssignmentsAreNotFound() {
        assertThatThrownBy(() -> assignments.get(world.secretariat(), UNKNOWN_ID))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.acknowledge(world.focalPoint(World.SO_A), UNKNOWN_ID))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.review(world.secretariat(), UNKNOWN_ID, Steps.accept()))
                .isInstanceOf(NotFoundException.class);
    }
}
