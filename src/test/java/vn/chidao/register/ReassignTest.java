package vn.chidao.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.ContributionInput;
import vn.chidao.assignment.DirectiveAssignmentProcess;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.HistoryEntry;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.ConclusionDraft;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.dashboard.DashboardService;
import vn.chidao.dashboard.Heatmap;
import vn.chidao.inbox.InboxService;
import vn.chidao.inbox.TaskItem;
import vn.chidao.inbox.TaskKind;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Race;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * Moving a unit's open assignments to another unit: the tasks, the history, the figures, the directives the new
 * unit already has, who may, and two secretaries at once. Notice of 03/06/2030: directive 1 led by SO_A with
 * HUYEN_A coordinating, directive 2 led by SO_A alone, directive 3 led by SO_B with SO_A coordinating; all due
 * in June 2030.
 */
@ChidaoTest
class ReassignTest {

    private static final LocalDate MEETING = LocalDate.of(2030, 6, 3);
    private static final String REASON = "Sáp nhập chức năng theo Quyết định 12/QĐ-UBND";

    @Autowired
    Fixtures fixtures;
    @Autowired
    TimeTravel time;
    @Autowired
    AssignmentService assignments;
    @Autowired
    RegisterService register;
    @Autowired
    InboxService inbox;
    @Autowired
    DashboardService dashboard;
    @Autowired
    OrganisationService organisation;
    @Autowired
    RuntimeService runtime;

    World world;
    ConclusionDetail notice;
    long first;
    long second;
    long third;
    long coordinating;

    @BeforeEach
    void issueTheNotice() {
        world = fixtures.newWorld();
        time.startAt(MEETING, 9, 0);
        notice = fixtures.issue(world, new ConclusionDraft("Ban Chỉ đạo chuyển đổi số", MEETING, "Kết luận phiên họp",
                List.of(directive("Xây dựng kho dữ liệu", World.SO_A, 20, World.HUYEN_A),
                        directive("Số hoá hồ sơ", World.SO_A, 24),
                        directive("Thanh toán trực tuyến", World.SO_B, 26, World.SO_A))));
        first = of(0, World.SO_A);
        second = of(1, World.SO_A);
        third = of(2, World.SO_A);
        coordinating = of(0, World.HUYEN_A);
    }

    @AfterEach
    void realTime() {
        time.reset();
    }

    @Test
    void theOpenAssignmentsMoveAndADirectiveTheNewUnitAlreadyHasIsSkipped() {
        ReassignResult result = reassign(World.SO_A, World.SO_B, null);

        assertThat(result.moved()).containsExactly(first, second);
        assertThat(result.skipped()).containsExactly(
                new ReassignResult.Skipped(third, ReassignResult.Reason.ALREADY_ASSIGNED));
        assertThat(unitOf(first)).isEqualTo(World.SO_B);
        assertThat(unitOf(second)).isEqualTo(World.SO_B);
        assertThat(unitOf(third)).isEqualTo(World.SO_A);
    }

    @Test
    void theMovedTasksAreInTheNewUnitsInboxAndNoLongerInTheOldOnes() {
        reassign(World.SO_A, World.SO_B, null);

        assertThat(inboxOf(World.SO_B)).containsExactlyInAnyOrder(first, second, of(2, World.SO_B));
        assertThat(inboxOf(World.SO_A)).containsExactly(third);
    }

    @Test
    void theTasksTheProcessCreatesLaterAreTheNewUnitsToo() {
        reassign(World.SO_A, World.SO_B, null);

        assertThatThrownBy(() -> assignments.acknowledge(world.focalPoint(World.SO_A), first))
                .isInstanceOf(NotFoundException.class);
        assignments.acknowledge(world.focalPoint(World.SO_B), first);

        assertThat(kindsIn(World.SO_B, first)).containsExactly(TaskKind.REPORT);
        assertThat(kindsIn(World.SO_A, first)).isEmpty();
        String instance = assignments.get(world.secretariat(), first).processInstanceId();
        assertThat(runtime.getVariable(instance, DirectiveAssignmentProcess.VAR_UNIT_ID)).isEqualTo(unitId(World.SO_B));
    }

    @Test
    void theNewUnitsFocalPointHearsOfEachMovedAssignmentAndWhy() {
        reassign(World.SO_A, World.SO_B, null);

        List<vn.chidao.notification.NotificationDto> told = time.notificationsOf(world.focalPoint(World.SO_B)).stream()
                .filter(n -> n.kind() == vn.chidao.notification.NotificationKind.TASK_ASSIGNED
                        && n.text().contains("được chuyển từ Sở A")).toList();
        assertThat(told).extracting(vn.chidao.notification.NotificationDto::assignmentId)
                .containsExactlyInAnyOrder(first, second);
        assertThat(told).allSatisfy(n -> assertThat(n.text()).contains(REASON, "Đề nghị tiếp nhận"));
        assertThat(time.notificationsOf(world.focalPoint(World.SO_A)))
                .noneMatch(n -> n.text().contains("được chuyển từ"));
    }

    @Test
    void eachMovedAssignmentSaysInItsHistoryWhoMovedItFromWhereToWhereAndWhy() {
        reassign(World.SO_A, World.SO_B, null);

        List<HistoryEntry> history = assignments.get(world.secretariat(), first).history();
        HistoryEntry last = history.get(history.size() - 1);
        assertThat(last.action()).isEqualTo("REASSIGNED");
        assertThat(last.user()).isEqualTo(world.secretariat().username());
        assertThat(last.comment()).isEqualTo("SO_A → SO_B · " + REASON);
        assertThat(history).extracting(HistoryEntry::action).startsWith("ASSIGNED");
        assertThat(assignments.get(world.secretariat(), third).history()).extracting(HistoryEntry::action)
                .doesNotContain("REASSIGNED");
    }

    @Test
    void theDashboardsFiguresMoveFromTheOldUnitToTheNewOne() {
        assertThat(heatmapTotals()).isEqualTo(Map.of(World.SO_A, 3L, World.SO_B, 1L, World.HUYEN_A, 1L));

        reassign(World.SO_A, World.SO_B, null);

        assertThat(heatmapTotals()).isEqualTo(Map.of(World.SO_A, 1L, World.SO_B, 3L, World.HUYEN_A, 1L));
        assertThat(heatmapTotals()).isEqualTo(registerTotals());
    }

    @Test
    void onlyTheChosenAssignmentsMoveWhenSomeAreNamed() {
        ReassignResult result = reassign(World.SO_A, World.HUYEN_A, List.of(second, third, coordinating));

        assertThat(result.moved()).containsExactly(second, third);
        assertThat(result.skipped()).containsExactly(
                new ReassignResult.Skipped(coordinating, ReassignResult.Reason.OTHER_UNIT));
        assertThat(unitOf(first)).isEqualTo(World.SO_A);
    }

    @Test
    void doneAssignmentsStayWithTheUnitThatDidThem() {
        assignments.acknowledge(world.focalPoint(World.SO_A), third);
        assignments.contribute(world.focalPoint(World.SO_A), third, new ContributionInput("Ý kiến của Sở A"));

        ReassignResult all = reassign(World.SO_A, World.HUYEN_A, null);

        assertThat(all.moved()).containsExactly(second);
        assertThat(all.skipped()).containsExactly(
                new ReassignResult.Skipped(first, ReassignResult.Reason.ALREADY_ASSIGNED));
        assertThat(unitOf(third)).isEqualTo(World.SO_A);
        assertThatThrownBy(() -> reassign(World.SO_A, World.HUYEN_A, List.of(third)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void oneAssignmentThatCannotMoveIsAConflictOrUnknown() {
        assertThatThrownBy(() -> reassign(World.SO_A, World.SO_B, List.of(third)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.reassign.duplicate"));
        assertThatThrownBy(() -> reassign(World.SO_B, World.HUYEN_A, List.of(first)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.reassign.notOfUnit"));
        assertThatThrownBy(() -> reassign(World.SO_A, World.SO_B, List.of(first + 1_000_000)))
                .isInstanceOf(NotFoundException.class);
        assertThat(unitOf(third)).isEqualTo(World.SO_A);
    }

    @Test
    void aReasonAndTwoDifferentKnownUnitsAreNeeded() {
        assertThat(invalidFields(new ReassignInput(World.SO_A, World.SO_B, null, null))).containsExactly("reason");
        assertThat(invalidFields(new ReassignInput(World.SO_A, World.SO_B, "  ", null))).containsExactly("reason");
        assertThat(invalidFields(new ReassignInput(World.SO_A, "SO_X", REASON, null))).containsExactly("toUnit");
        assertThat(invalidFields(new ReassignInput(null, World.SO_A, REASON, null))).containsExactly("fromUnit");
        assertThat(invalidFields(new ReassignInput(World.SO_A, "so_a", REASON, null))).containsExactly("toUnit");
        assertThat(unitOf(first)).isEqualTo(World.SO_A);
    }

    @Test
    void onlyTheSecretariatMovesAssignments() {
        for (Actor other : List.of(world.leader(), world.focalPoint(World.SO_A), world.unitHead(World.SO_B),
                world.admin())) {
            assertThatThrownBy(() -> register.reassign(other, new ReassignInput(World.SO_A, World.SO_B, REASON,
                    null))).as(other.username()).isInstanceOf(ForbiddenException.class);
        }
        assertThat(unitOf(first)).isEqualTo(World.SO_A);
    }

    @Test
    void theSecretariatOfAnotherGovernmentCannotReachTheseAssignments() {
        World other = fixtures.newWorld();

        assertThatThrownBy(() -> register.reassign(other.secretariat(),
                new ReassignInput(World.SO_A, World.SO_B, REASON, List.of(first))))
                .isInstanceOf(NotFoundException.class);
        assertThat(register.reassign(other.secretariat(), new ReassignInput(World.SO_A, World.SO_B, REASON, null))
                .moved()).isEmpty();
        assertThat(unitOf(first)).isEqualTo(World.SO_A);
    }

    @Test
    void twoSecretariesMovingTheSameUnitAtOnceMoveEachAssignmentOnce() throws Exception {
        Actor colleague = fixtures.user(world, "vp2", Role.SECRETARIAT, null);

        List<Race.Outcome> outcomes = Race.run(
                () -> register.reassign(world.secretariat(), new ReassignInput(World.SO_A, World.SO_B, REASON, null)),
                () -> register.reassign(colleague, new ReassignInput(World.SO_A, World.HUYEN_A, REASON, null)));

        assertThat(outcomes).allMatch(Race.Outcome::succeeded, "both succeed");
        List<Long> moved = new ArrayList<>();
        outcomes.forEach(o -> moved.addAll(((ReassignResult) o.value()).moved()));
        assertThat(moved).containsExactlyInAnyOrder(first, second, third);
        for (long id : List.of(first, second, third)) {
            assertThat(assignments.get(world.secretariat(), id).history()).extracting(HistoryEntry::action)
                    .filteredOn("REASSIGNED"::equals).hasSize(1);
        }
        assertNoDirectiveHasAUnitTwice();
        assertThat(heatmapTotals()).isEqualTo(registerTotals());
    }

    @Test
    void twoUnitsMovedIntoTheSameDirectiveAtOnceGiveTheNewUnitOnePart() throws Exception {
        Actor colleague = fixtures.user(world, "vp2", Role.SECRETARIAT, null);

        List<Race.Outcome> outcomes = Race.run(
                () -> register.reassign(world.secretariat(),
                        new ReassignInput(World.SO_A, World.SO_B, REASON, null)),
                () -> register.reassign(colleague,
                        new ReassignInput(World.HUYEN_A, World.SO_B, REASON, null)));

        assertThat(outcomes).allMatch(Race.Outcome::succeeded, "both succeed, none on a broken unique key");
        List<ReassignResult> results = outcomes.stream().map(o -> (ReassignResult) o.value()).toList();
        assertThat(results.stream().filter(r -> r.moved().contains(first) || r.moved().contains(coordinating)))
                .hasSize(1);
        assertThat(results).flatExtracting(ReassignResult::skipped).extracting(ReassignResult.Skipped::reason)
                .contains(ReassignResult.Reason.ALREADY_ASSIGNED);
        assertNoDirectiveHasAUnitTwice();
        assertThat(heatmapTotals()).isEqualTo(registerTotals());
    }

    private ReassignResult reassign(String from, String to, List<Long> ids) {
        return register.reassign(world.secretariat(), new ReassignInput(from, to, REASON, ids));
    }

    private List<String> invalidFields(ReassignInput input) {
        try {
            register.reassign(world.secretariat(), input);
        } catch (InvalidInputException e) {
            return e.errors().stream().map(InvalidInputException.FieldError::field).toList();
        }
        throw new AssertionError("Not refused: " + input);
    }

    private String unitOf(long id) {
        return assignments.get(world.secretariat(), id).unitCode();
    }

    private long unitId(String code) {
        return organisation.findUnit(world.government().id(), code).orElseThrow().id();
    }

    private long of(int directive, String unit) {
        return notice.directives().get(directive).assignments().stream().filter(a -> a.unitCode().equals(unit))
                .findFirst().orElseThrow().id();
    }

    /** The assignments of the unit's open tasks in its focal point's inbox. */
    private List<Long> inboxOf(String unit) {
        return inbox.tasks(world.focalPoint(unit), Set.of(), PageRequest.of(0, 50)).stream()
                .map(TaskItem::assignmentId).toList();
    }

    private List<TaskKind> kindsIn(String unit, long assignment) {
        return inbox.tasks(world.focalPoint(unit), Set.of(), PageRequest.of(0, 50)).stream()
                .filter(t -> t.assignmentId() == assignment).map(TaskItem::kind).toList();
    }

    private Map<String, Long> heatmapTotals() {
        Heatmap heatmap = dashboard.heatmap(world.secretariat(), null, YearMonth.of(2030, 6), YearMonth.of(2030, 6));
        Map<String, Long> totals = new HashMap<>();
        for (int i = 0; i < heatmap.units().size(); i++) {
            if (heatmap.total()[i][0] > 0) {
                totals.put(heatmap.units().get(i).code(), heatmap.total()[i][0]);
            }
        }
        return totals;
    }

    private Map<String, Long> registerTotals() {
        Map<String, Long> totals = new HashMap<>();
        register.page(world.secretariat(), AssignmentFilter.all(), PageRequest.of(0, 50))
                .forEach(row -> totals.merge(row.unitCode(), 1L, Long::sum));
        return totals;
    }

    private void assertNoDirectiveHasAUnitTwice() {
        Map<Long, List<String>> units = new HashMap<>();
        register.page(world.secretariat(), AssignmentFilter.all(), PageRequest.of(0, 50))
                .forEach(row -> units.computeIfAbsent(row.directiveId(), d -> new ArrayList<>()).add(row.unitCode()));
        units.values().forEach(codes -> assertThat(codes).doesNotHaveDuplicates());
    }

    private static DirectiveDraft directive(String content, String lead, int dueDay, String... coordinating) {
        return new DirectiveDraft(content, lead, List.of(coordinating), LocalDate.of(2030, 6, dueDay), false, false);
    }
}
