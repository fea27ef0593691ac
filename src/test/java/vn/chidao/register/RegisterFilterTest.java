package vn.chidao.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.chidao.assignment.AssignmentRow;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.Actor;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.organisation.UnitKind;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/** Every part of the register's filter, alone and together, over {@link RegisterBook}. */
@ChidaoTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterFilterTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    TimeTravel time;
    @Autowired
    AssignmentService assignments;
    @Autowired
    RegisterService register;
    @Autowired
    ConclusionService conclusions;

    RegisterBook book;

    @BeforeAll
    void buildTheRegister() {
        book = RegisterBook.build(fixtures, time, assignments, conclusions);
        time.reset();
    }

    @BeforeEach
    void onTheBooksDay() {
        time.startAt(RegisterBook.TODAY, 10, 0);
    }

    @AfterEach
    void realTime() {
        time.reset();
    }

    @Test
    void withoutAFilterTheSecretariatSeesEveryAssignment() {
        assertThat(ids(filter())).containsExactlyElementsOf(book.all());
    }

    @Test
    void aCommitteeByIdOrByNameGivesItsAssignmentsOnly() {
        assertThat(ids(committee(Long.toString(book.digitalCommittee().id()))))
                .containsExactly(book.dataHuyenA(), book.dataSoA(), book.paymentSoB());
        assertThat(ids(committee(RegisterBook.REFORM.toUpperCase())))
                .containsExactly(book.reviewHuyenA(), book.ongoingSoA());
        assertThatThrownBy(() -> ids(committee("Ban không có")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("committee"));
    }

    @Test
    void aUnitKindGivesTheAssignmentsOfItsUnitsOnly() {
        assertThat(ids(unitKind(UnitKind.DISTRICT))).containsExactly(book.dataHuyenA(), book.reviewHuyenA());
        assertThat(ids(unitKind(UnitKind.DEPARTMENT)))
                .containsExactly(book.dataSoA(), book.paymentSoB(), book.ongoingSoA());
        assertThat(ids(unitKind(UnitKind.COMMUNE))).isEmpty();
    }

    @Test
    void aUnitRoleFilteredOnAnotherKindOfUnitSeesNothing() {
        Actor focalPoint = book.world().focalPoint(World.SO_A);

        assertThat(ids(focalPoint, unitKind(UnitKind.DISTRICT))).isEmpty();
        assertThat(ids(focalPoint, unitKind(UnitKind.DEPARTMENT))).containsExactly(book.dataSoA(), book.ongoingSoA());
    }

    @Test
    void severalTimelinessValuesGiveTheAssignmentsOfAnyOfThem() {
        assertThat(ids(timeliness(Timeliness.DONE_LATE, Timeliness.OPEN_OVERDUE)))
                .containsExactly(book.dataSoA(), book.reviewHuyenA());
        assertThat(ids(timeliness(Timeliness.DONE_ON_TIME, Timeliness.OPEN_ON_TIME, Timeliness.ONGOING)))
                .containsExactly(book.dataHuyenA(), book.paymentSoB(), book.ongoingSoA());
        assertThat(ids(timeliness(Timeliness.CANCELLED))).isEmpty();
    }

    @Test
    void aDeadlineRangeIncludesBothEndsAndLeavesOngoingAssignmentsOut() {
        assertThat(ids(deadlines(RegisterBook.DATA_CONTRIBUTION_DUE, RegisterBook.REVIEW_DUE)))
                .containsExactly(book.dataHuyenA(), book.dataSoA(), book.reviewHuyenA());
        assertThat(ids(deadlines(RegisterBook.DATA_DUE.plusDays(1), null)))
                .containsExactly(book.reviewHuyenA(), book.paymentSoB());
        assertThat(ids(deadlines(null, RegisterBook.DATA_CONTRIBUTION_DUE))).containsExactly(book.dataHuyenA());
        assertThatThrownBy(() -> ids(deadlines(RegisterBook.REVIEW_DUE, RegisterBook.DATA_DUE)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("deadlineTo"));
    }

    @Test
    void theTextIsFoundInTheContentAndInTheNoticesNumberAndTitleWhateverTheCase() {
        assertThat(ids(text("kho dữ liệu"))).containsExactly(book.dataHuyenA(), book.dataSoA());
        assertThat(ids(text("THANH TOÁN KHÔNG"))).containsExactly(book.paymentSoB());
        assertThat(ids(text("dịch vụ công"))).containsExactly(book.reviewHuyenA(), book.ongoingSoA());
        assertThat(ids(text(book.reform().number()))).containsExactly(book.reviewHuyenA(), book.ongoingSoA());
        assertThat(ids(text("không có trong sổ"))).isEmpty();
    }

    @Test
    void wildcardsInTheTextArePlainCharacters() {
        assertThat(ids(text("%"))).isEmpty();
        assertThat(ids(text("_"))).isEmpty();
    }

    @Test
    void theTextSearchStaysInTheCallersGovernment() {
        RegisterBook other = RegisterBook.build(fixtures, time, assignments, conclusions);

        assertThat(ids(text("kho dữ liệu"))).containsExactly(book.dataHuyenA(), book.dataSoA());
        assertThat(ids(other.world().secretariat(), text("kho dữ liệu")))
                .containsExactly(other.dataHuyenA(), other.dataSoA());
    }

    @Test
    void thePartsCombine() {
        AssignmentFilter all = new AssignmentFilter(null, null,
                EnumSet.of(Timeliness.DONE_LATE, Timeliness.OPEN_ON_TIME), null,
                Long.toString(book.digitalCommittee().id()), LocalDate.of(2030, 3, 1), LocalDate.of(2030, 4, 30),
                UnitKind.DEPARTMENT, "thanh toán");

        assertThat(ids(all)).containsExactly(book.paymentSoB());
        assertThat(ids(new AssignmentFilter(null, null, all.timeliness(), null, all.committee(), all.deadlineFrom(),
                all.deadlineTo(), all.unitKind(), null))).containsExactly(book.dataSoA(), book.paymentSoB());
        assertThat(ids(new AssignmentFilter(null, null, all.timeliness(), null, all.committee(), all.deadlineFrom(),
                RegisterBook.PAYMENT_DUE.minusDays(1), all.unitKind(), "thanh toán"))).isEmpty();
        assertThat(ids(new AssignmentFilter(World.SO_B, AssignmentStatus.ASSIGNED, all.timeliness(), book.digital().id(),
                all.committee(), all.deadlineFrom(), all.deadlineTo(), all.unitKind(), all.text())))
                .containsExactly(book.paymentSoB());
        assertThat(ids(new AssignmentFilter(World.SO_B, AssignmentStatus.ASSIGNED, all.timeliness(), book.reform().id(),
                all.committee(), all.deadlineFrom(), all.deadlineTo(), all.unitKind(), all.text()))).isEmpty();
    }

    @Test
    void aUnitRoleAskingForAnotherUnitIsRefused() {
        AssignmentFilter otherUnit = new AssignmentFilter(World.SO_B, null, Set.of(), null, null, null, null, null, null);

        assertThatThrownBy(() -> ids(book.world().focalPoint(World.SO_A), otherUnit))
                .isInstanceOf(ForbiddenException.class);
    }

    private List<Long> ids(AssignmentFilter filter) {
        return ids(book.world().secretariat(), filter);
    }

    private List<Long> ids(Actor actor, AssignmentFilter filter) {
        return register.page(actor, filter, PageRequest.of(0, 50, RegisterController.REGISTER_ORDER)).stream()
                .map(AssignmentRow::id).toList();
    }

    private static AssignmentFilter filter() {
        return AssignmentFilter.all();
    }

    private static AssignmentFilter committee(String idOrName) {
        return new AssignmentFilter(null, null, Set.of(), null, idOrName, null, null);
    }

    private static AssignmentFilter unitKind(UnitKind kind) {
        return new AssignmentFilter(null, null, Set.of(), null, null, null, null, kind, null);
    }

    private static AssignmentFilter timeliness(Timeliness... values) {
        return new AssignmentFilter(null, null, Set.of(values), null, null, null, null);
    }

    private static AssignmentFilter deadlines(LocalDate from, LocalDate to) {
        return new AssignmentFilter(null, null, Set.of(), null, null, from, to);
    }

    private static AssignmentFilter text(String words) {
        return new AssignmentFilter(null, null, Set.of(), null, null, null, null, null, words);
    }
}
