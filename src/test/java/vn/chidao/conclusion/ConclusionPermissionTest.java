package vn.chidao.conclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.NotFoundException;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Steps;
import vn.chidao.support.World;

/** Who may draft, submit, decide on and read a conclusion (403), unknown ids and another government's (404). */
@ChidaoTest
class ConclusionPermissionTest {

    private static final long UNKNOWN_ID = 987_654_321_987L;

    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;
    @Autowired
    ConclusionService conclusions;

    @Test
    void onlyTheSecretariatDraftsAndSubmits() {
        World world = fixtures.newWorld();

        assertThatThrownBy(() -> conclusions.create(world.leader(), fixtures.draft()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> conclusions.create(world.focalPoint(World.SO_A), fixtures.draft()))
                .isInstanceOf(ForbiddenException.class);
        ConclusionDetail draft = conclusions.create(world.secretariat(), fixtures.draft());
        assertThatThrownBy(() -> conclusions.submit(world.leader(), draft.id()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> conclusions.submit(world.admin(), draft.id()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(conclusions.get(world.secretariat(), draft.id()).status()).isEqualTo(ConclusionStatus.DRAFT);
    }

    @Test
    void onlyALeaderApprovesOrRejects() {
        World world = fixtures.newWorld();
        ConclusionDetail submitted = steps.submitted(world, fixtures.draft());

        assertThatThrownBy(() -> conclusions.approve(world.secretariat(), submitted.id(), null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> conclusions.approve(world.unitHead(World.SO_A), submitted.id(), null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> conclusions.reject(world.secretariat(), submitted.id(), "Không đạt"))
                .isInstanceOf(ForbiddenException.class);
        assertThat(conclusions.get(world.leader(), submitted.id()).status())
                .isEqualTo(ConclusionStatus.AWAITING_APPROVAL);
    }

    @Test
    void aLeaderOfAnotherGovernmentCannotDecide() {
        World world = fixtures.newWorld();
        World other = fixtures.newWorld();
        ConclusionDetail submitted = steps.submitted(world, fixtures.draft());

        assertThatThrownBy(() -> conclusions.approve(other.leader(), submitted.id(), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conclusions.reject(other.leader(), submitted.id(), "Không đạt"))
                .isInstanceOf(NotFoundException.class);
        assertThat(conclusions.get(world.leader(), submitted.id()).status())
                .isEqualTo(ConclusionStatus.AWAITING_APPROVAL);
    }

    @Test
    void theSecretariatOfAnotherGovernmentCannotReadEditOrSubmit() {
        World world = fixtures.newWorld();
        World other = fixtures.newWorld();
        ConclusionDetail draft = conclusions.create(world.secretariat(), fixtures.draft());

        assertThatThrownBy(() -> conclusions.get(other.secretariat(), draft.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conclusions.update(other.secretariat(), draft.id(), fixtures.draft()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conclusions.submit(other.secretariat(), draft.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(conclusions.page(other.secretariat(), ConclusionFilter.all(), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void unitsReadIssuedConclusionsButNotDraftsAndOnlyTheirOwnAssignments() {
        World world = fixtures.newWorld();
        ConclusionDetail draft = conclusions.create(world.secretariat(), fixtures.draft());
        ConclusionDetail issued = fixtures.issue(world, fixtures.draft());

        assertThatThrownBy(() -> conclusions.get(world.focalPoint(World.SO_A), draft.id()))
                .isInstanceOf(NotFoundException.class);
        ConclusionDetail seen = conclusions.get(world.focalPoint(World.HUYEN_A), issued.id());
        assertThat(seen.directives().get(0).assignments()).extracting(AssignmentSummary::unitCode)
                .containsExactly(World.HUYEN_A);
        assertThat(conclusions.get(world.secretariat(), issued.id()).directives().get(0).assignments())
                .extracting(AssignmentSummary::unitCode).containsExactlyInAnyOrder(World.SO_A, World.HUYEN_A);
        assertThatThrownBy(() -> conclusions.page(world.focalPoint(World.SO_A), ConclusionFilter.all(),
                PageRequest.of(0, 10))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void unknownConclusionsAreNotFound() {
        World world = fixtures.newWorld();

        assertThatThrownBy(() -> conclusions.get(world.secretariat(), UNKNOWN_ID))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conclusions.submit(world.secretariat(), UNKNOWN_ID))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conclusions.approve(world.leader(), UNKNOWN_ID, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conclusions.reject(world.leader(), UNKNOWN_ID, "Không đạt"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conclusions.update(world.secretariat(), UNKNOWN_ID, fixtures.draft()))
                .isInstanceOf(NotFoundException.class);
    }
}
