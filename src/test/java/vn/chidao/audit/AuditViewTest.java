package vn.chidao.audit;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.Location;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.support.Fixtures;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/**
 * The audit screen: from an assignment's page an administrator follows "Nhật ký thay đổi" to the screen filtered on
 * that assignment, reads who changed it, when (dd/MM/yyyy HH:mm) and what, in words; narrows it by user, action
 * and days. Others see no link and cannot open the screen; a government's admin of
 * another government sees nothing of it.
 */
class AuditViewTest extends KaribuSupport {

    @Test
    void anAdminFollowsTheAssignmentsLinkAndReadsWhoChangedItWhenAndWhat() {
        time.startAt(LocalDate.of(2026, 5, 4), 8, 30);
        World world = fixtures.newWorld();
        long id = Fixtures.assignmentOf(fixtures.issue(world, fixtures.draft()), World.SO_A);
        Actor focalPoint = world.focalPoint(World.SO_A);
        loginAs(focalPoint);
        UI.getCurrent().navigate("assignments/" + id);
        _assertNone(Anchor.class, spec -> spec.withId("assignment-audit-link"));
        time.startAt(LocalDate.of(2026, 5, 5), 14, 10);
        _click(_get(Button.class, spec -> spec.withId("acknowledge")));
        _fireConfirm(_get(ConfirmDialog.class));

        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("assignments/" + id);
        Anchor link = _get(Anchor.class, spec -> spec.withId("assignment-audit-link"));
        assertThat(link.getHref()).isEqualTo("admin/audit?entity=Assignment&entityId=" + id);
        follow(link.getHref());

        AuditView view = _get(AuditView.class);
        assertThat(_get(ComboBox.class, spec -> spec.withId("audit-entity")).getValue()).isEqualTo("Assignment");
        assertThat(_get(TextField.class, spec -> spec.withId("audit-entity-id")).getValue()).isEqualTo(String.valueOf(id));
        Grid<AuditEntry> grid = grid();
        assertThat(_findAll(grid)).hasSize(2);
        assertThat(_getFormatted(grid, 0, "at")).isEqualTo("05/05/2026 14:10");
        assertThat(text(_getCellComponent(grid, 0, "user"))).isEqualTo(focalPoint.username());
        assertThat(text(_getCellComponent(grid, 0, "entity"))).contains("Nhiệm vụ của đơn vị").contains("#" + id);
        assertThat(text(_getCellComponent(grid, 0, "action"))).isEqualTo("Thay đổi");
        assertThat(text(_getCellComponent(grid, 0, "changes")))
                .contains("Trạng thái: Đã giao → Đang thực hiện").contains("Tiếp nhận lúc: — → 05/05/2026 14:10");
        assertThat(_getFormatted(grid, 1, "at")).isEqualTo("04/05/2026 08:30");
        assertThat(text(_getCellComponent(grid, 1, "action"))).isEqualTo("Tạo mới");
        assertThat(text(_getCellComponent(grid, 1, "user"))).isEqualTo("Hệ thống");
        assertThat(view.export.getHref()).isNotBlank();

        _setValue(_get(TextField.class, spec -> spec.withId("audit-user")), focalPoint.username());
        assertThat(_findAll(grid())).hasSize(1);
        @SuppressWarnings("unchecked")
        Select<AuditAction> action = _get(Select.class, spec -> spec.withId("audit-action"));
        _setValue(action, AuditAction.CREATED);
        assertNothingShown();
        _setValue(action, null);
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-from")), LocalDate.of(2026, 5, 6));
        assertNothingShown();
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-from")), LocalDate.of(2026, 5, 5));
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-to")), LocalDate.of(2026, 5, 5));
        assertThat(_findAll(grid())).hasSize(1);
    }

    @Test
    void theScreenSpeaksEnglishToWhoeverChoseIt() {
        time.startAt(LocalDate.of(2026, 5, 4), 8, 30);
        World world = fixtures.newWorld();
        long id = Fixtures.assignmentOf(fixtures.issue(world, fixtures.draft()), World.SO_A);
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        follow(AuditLinks.assignment(id));

        Grid<AuditEntry> grid = grid();
        assertThat(text(_getCellComponent(grid, 0, "action"))).isEqualTo("Created");
        assertThat(text(_getCellComponent(grid, 0, "user"))).isEqualTo("System");
        assertThat(text(_getCellComponent(grid, 0, "entity"))).contains("Unit's assignment");
        assertThat(text(_getCellComponent(grid, 0, "changes"))).contains("Deadline: 03/06/2026").contains("Status: Assigned");
    }

    @Test
    void othersHaveNoLinkNorScreenAndAnotherGovernmentsAdminSeesNothingOfIt() {
        World world = fixtures.newWorld();
        long id = Fixtures.assignmentOf(fixtures.issue(world, fixtures.draft()), World.SO_A);
        for (Actor other : List.of(world.secretariat(), world.leader(), world.focalPoint(World.SO_A))) {
            loginAs(other);
            UI.getCurrent().navigate("assignments/" + id);
            _assertNone(Anchor.class, spec -> spec.withId("assignment-audit-link"));
            assertThatThrownBy(() -> UI.getCurrent().navigate(AuditLinks.ROUTE))
                    .isInstanceOf(AccessDeniedException.class);
        }

        loginAs(fixtures.user(fixtures.newWorld(), "qt", Role.ADMIN, null));
        follow(AuditLinks.assignment(id));
        assertNothingShown();
    }

    /** No row: the grid gives way to "Không có thay đổi nào". */
    private static void assertNothingShown() {
        _assertNone(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(_get(Div.class, spec -> spec.withId("audit-empty")).getElement().getTextRecursively())
                .contains("Không có thay đổi nào");
    }

    /** Opens an address as a click on a link would (navigate takes the query apart). */
    private static void follow(String href) {
        Location location = new Location(href);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }
}
