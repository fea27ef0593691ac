package vn.chidao.organisation;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.time.Dates;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.register.RegisterService;
import vn.chidao.support.Drafts;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/**
 * The units screen ends a district with two open assignments into two departments: the screen asks for each
 * assignment's successor, shows the service's refusal on the picker left empty, and then lists the district greyed
 * with its end date and successors, without actions; and merges two units into a third.
 */
class UnitEndDialogTest extends KaribuSupport {

    @Autowired
    OrganisationService organisation;
    @Autowired
    RegisterService register;
    @Autowired
    AppClock clock;

    @Test
    void anAdministratorEndsADistrictIntoTwoDepartmentsChoosingEachAssignmentsSuccessor() {
        World world = fixtures.newWorld();
        LocalDate today = LocalDate.now(clock);
        ConclusionDetail notice = fixtures.issue(world, Drafts.conclusion(today.minusDays(1),
                Drafts.due(today.plusDays(30), World.HUYEN_A), Drafts.due(today.plusDays(40), World.HUYEN_A)));
        long first = notice.directives().get(0).assignments().get(0).id();
        long second = notice.directives().get(1).assignments().get(0).id();
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/units");

        _click(UnitsViewTest.rowButton(World.HUYEN_A, "unit-end-"));
        VerticalLayout assignments = _get(UnitEndDialog.class).assignments;
        assertThat(assignments.isVisible()).isFalse();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<UnitDto> successors = _get(MultiSelectComboBox.class, s -> s.withId("unit-end-successors"));
        UnitDto soA = unit(world, World.SO_A);
        UnitDto soB = unit(world, World.SO_B);
        _setValue(successors, Set.of(soA, soB));
        assertThat(assignments.isVisible()).isTrue();
        _setValue(picker(first), soA);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<UnitEndRequest.UsersChoice.Mode> users = _get(RadioButtonGroup.class,
                s -> s.withId("unit-end-users"));
        _setValue(users, UnitEndRequest.UsersChoice.Mode.DISABLE);
        _click(_get(Button.class, s -> s.withId("unit-end-save")));

        _expectInvalid(picker(second), "chưa chọn đơn vị kế thừa cho nhiệm vụ số " + second);
        assertThat(unit(world, World.HUYEN_A).isEnded()).isFalse();

        _setValue(picker(second), soB);
        _click(_get(Button.class, s -> s.withId("unit-end-save")));

        _assertNone(UnitEndDialog.class);
        UnitDto ended = unit(world, World.HUYEN_A);
        assertThat(ended.validTo()).isEqualTo(today);
        assertThat(ended.successors()).containsExactlyInAnyOrder(World.SO_A, World.SO_B);
        assertThat(register.openOfUnit(soB)).extracting(r -> r.id()).containsExactly(second);
        TreeGrid<UnitDto> tree = UnitsViewTest.tree();
        int row = UnitsViewTest.rowOf(tree, World.HUYEN_A);
        assertThat(_getCellComponent(tree, row, "name").getElement().getTextRecursively())
                .startsWith("Huyện A · Đã kết thúc " + Dates.format(today) + " → ")
                .contains("Sở A", "Sở B");
        _assertNone(_getCellComponent(tree, row, "actions"), Button.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorMergesTwoUnitsIntoAThird() {
        World world = fixtures.newWorld();
        LocalDate today = LocalDate.now(clock);
        long work = fixtures.issue(world, Drafts.conclusion(today.minusDays(1),
                Drafts.due(today.plusDays(30), World.HUYEN_A))).directives().get(0).assignments().get(0).id();
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/units");

        _click(_get(Button.class, s -> s.withId("merge-units")));
        _setValue(_get(ComboBox.class, s -> s.withId("unit-merge-into")), unit(world, World.SO_A));
        _setValue(_get(MultiSelectComboBox.class, s -> s.withId("unit-merge-from")),
                Set.of(unit(world, World.SO_B), unit(world, World.HUYEN_A)));
        _click(_get(Button.class, s -> s.withId("unit-merge-save")));

        _assertNone(UnitMergeDialog.class);
        assertThat(unit(world, World.SO_B).successors()).containsExactly(World.SO_A);
        assertThat(unit(world, World.HUYEN_A).successors()).containsExactly(World.SO_A);
        assertThat(register.openOfUnit(unit(world, World.SO_A))).extracting(r -> r.id()).containsExactly(work);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<UnitDto> picker(long assignmentId) {
        return _get(ComboBox.class, s -> s.withId("unit-end-assignment-" + assignmentId));
    }

    private UnitDto unit(World world, String code) {
        return organisation.findUnit(world.government().id(), code).orElseThrow();
    }
}
