package vn.chidao.conclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import vn.chidao.base.ConflictException;
import vn.chidao.base.HistoryEntry;
import vn.chidao.register.AssignmentFilter;
import vn.chidao.register.RegisterService;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Processes;
import vn.chidao.support.Steps;
import vn.chidao.support.World;

/** Actions the conclusion's current state does not allow are 409 and change nothing. */
@ChidaoTest
class ConclusionStateTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;
    @Autowired
    Processes processes;
    @Autowired
    ConclusionService conclusions;
    @Autowired
    RegisterService register;
    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void useEngine() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void forgetEngine() {
        BpmnAwareTests.reset();
    }

    @Test
    void savingADraftUnchangedWritesNoEditToTheHistoryAndAChangeWritesOne() {
        World world = fixtures.newWorld();
        ConclusionDetail draft = conclusions.create(world.secretariat(), fixtures.draft());

        conclusions.update(world.secretariat(), draft.id(), fixtures.draft());
        assertThat(history(world, draft.id())).extracting(HistoryEntry::action).containsExactly("CREATED");

        ConclusionDraft changed = fixtures.draft();
        ConclusionDraft retitled = new ConclusionDraft(changed.committee(), changed.meetingDate(), "Kết luận đã sửa",
                changed.directives());
        conclusions.update(world.secretariat(), draft.id(), retitled);
        conclusions.update(world.secretariat(), draft.id(), retitled);
        conclusions.submit(world.secretariat(), draft.id());

        assertThat(history(world, draft.id())).extracting(HistoryEntry::action)
                .containsExactly("CREATED", "UPDATED", "SUBMITTED");
    }

    @Test
    void aDraftCannotBeApprovedOrRejectedBeforeItIsSubmitted() {
        World world = fixtures.newWorld();
        ConclusionDetail draft = conclusions.create(world.secretariat(), fixtures.draft());
        List<HistoryEntry> before = history(world, draft.id());

        assertThatThrownBy(() -> conclusions.approve(world.leader(), draft.id(), null))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> conclusions.reject(world.leader(), draft.id(), "Chưa trình"))
                .isInstanceOf(ConflictException.class);

        ConclusionDetail after = conclusions.get(world.secretariat(), draft.id());
        assertThat(after.status()).isEqualTo(ConclusionStatus.DRAFT);
        assertThat(after.history()).isEqualTo(before);
    }

    @Test
    void aSubmittedConclusionCannotBeSubmittedOrEditedAgain() {
        World world = fixtures.newWorld();
        ConclusionDetail submitted = steps.submitted(world, fixtures.draft());
        List<HistoryEntry> before = history(world, submitted.id());

        assertThatThrownBy(() -> conclusions.submit(world.secretariat(), submitted.id()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> conclusions.update(world.secretariat(), submitted.id(), fixtures.draft()))
                .isInstanceOf(ConflictException.class);

        assertThat(history(world, submitted.id())).isEqualTo(before);
    }

    @Test
    void anIssuedConclusionCannotBeSubmittedApprovedOrRejected() {
        World world = fixtures.newWorld();
        ConclusionDetail issued = fixtures.issue(world, fixtures.draft());
        List<HistoryEntry> before = history(world, issued.id());

        assertThatThrownBy(() -> conclusions.submit(world.secretariat(), issued.id()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> conclusions.approve(world.leader(), issued.id(), null))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> conclusions.reject(world.leader(), issued.id(), "Muộn rồi"))
                .isInstanceOf(ConflictException.class);

        ConclusionDetail after = conclusions.get(world.secretariat(), issued.id());
        assertThat(after.number()).isEqualTo(issued.number());
        assertThat(after.history()).isEqualTo(before);
        assertThat(processes.calledBy(processes.ofConclusion(issued.id()))).hasSize(2);
    }

    @Test
    void aNumberAlreadyUsedInTheGovernmentIsAConflictAndTheApprovalLeavesNothingBehind() {
        World world = fixtures.newWorld();
        ConclusionDetail first = fixtures.issue(world, fixtures.draft());
        ConclusionDetail second = steps.submitted(world, fixtures.draft());
        List<HistoryEntry> before = history(world, second.id());

        assertThatThrownBy(() -> conclusions.approve(world.leader(), second.id(), first.number().toLowerCase()))
                .isInstanceOf(ConflictException.class);

        ConclusionDetail after = conclusions.get(world.leader(), second.id());
        assertThat(after.status()).isEqualTo(ConclusionStatus.AWAITING_APPROVAL);
        assertThat(after.number()).isNull();
        assertThat(after.history()).isEqualTo(before);
        assertThat(after.directives()).allSatisfy(d -> assertThat(d.assignments()).isEmpty());
        assertThat(register.page(world.secretariat(),
                new AssignmentFilter(null, null, null, second.id()), Pageable.ofSize(10)))
                .isEmpty();
        BpmnAwareTests.assertThat(processes.ofConclusion(second.id())).isWaitingAtExactly(ConclusionIssuanceProcess.TASK_APPROVE);
    }

    @Test
    void theSameNumberInAnotherGovernmentIsFine() {
        World world = fixtures.newWorld();
        World other = fixtures.newWorld();
        ConclusionDetail first = fixtures.issue(world, fixtures.draft());
        ConclusionDetail submitted = steps.submitted(other, fixtures.draft());

        ConclusionDetail issued = conclusions.approve(other.leader(), submitted.id(), first.number());

        assertThat(issued.number()).isEqualTo(first.number());
        assertThat(issued.status()).isEqualTo(ConclusionStatus.ISSUED);
    }

    private List<HistoryEntry> history(World world, long id) {
        return conclusions.get(world.secretariat(), id).history();
    }
}
