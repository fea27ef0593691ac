package vn.chidao.operations;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/**
 * The incidents screen: the installation's admin sees the failed job's row, retries it after saying yes, and reads
 * "Không có sự cố nào" when the engine has none; a government's admin cannot open it. No other test leaves an
 * incident behind (each removes its failing deployment), so the empty state is the engine's real state.
 */
class IncidentsViewTest extends KaribuSupport {

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    FailingJobs failing;

    @BeforeEach
    void setUp() {
        failing = new FailingJobs(repository, runtime, management);
    }

    @AfterEach
    void removeTheFailingProcess() {
        failing.deleteAll();
    }

    @Test
    void theAdminSeesTheFailedJobAndRetriesItAfterConfirming() {
        String instance = failing.failedInstance("4242");
        String id = runtime.createIncidentQuery().processInstanceId(instance).singleResult().getId();
        open(fixtures.admin());

        Grid<IncidentView> grid = grid();
        int row = ids(grid).indexOf(id);
        assertThat(row).isNotNegative();
        assertThat(_getFormatted(grid, row, "process")).isEqualTo(FailingJobs.KEY);
        assertThat(_getFormatted(grid, row, "activity")).isEqualTo(FailingJobs.TASK);
        assertThat(_getFormatted(grid, row, "businessKey")).isEqualTo("4242");
        assertThat(_getFormatted(grid, row, "at")).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
        assertThat(_getFormatted(grid, row, "message")).contains("noSuchBean");

        Button retry = (Button) _getCellComponent(grid, row, "retry");
        assertThat(retry.getText()).isEqualTo("Chạy lại");
        _click(retry);
        _fireCancel(_get(ConfirmDialog.class));
        assertThat(failing.job(instance).getRetries()).isZero();

        _click((Button) _getCellComponent(grid, row, "retry"));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(failing.job(instance).getRetries()).isEqualTo(1);
        assertThat(ids(grid())).doesNotContain(id);
    }

    @Test
    void withoutIncidentsTheScreenSaysSo() {
        open(fixtures.admin());

        assertThat(_findAll(grid())).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("incidents-empty")).getElement().getTextRecursively())
                .contains("Không có sự cố nào");
    }

    @Test
    void aGovernmentsAdminCannotOpenIt() {
        World world = fixtures.newWorld();
        Actor governmentAdmin = fixtures.user(world, "qt", Role.ADMIN, null);
        loginAs(governmentAdmin);

        assertThatThrownBy(() -> UI.getCurrent().navigate(IncidentsView.ROUTE))
                .isInstanceOf(AccessDeniedException.class);
        _assertNone(IncidentsView.class);
    }

    private void open(Actor admin) {
        loginAs(admin);
        UI.getCurrent().navigate(IncidentsView.ROUTE);
    }

    private static List<String> ids(Grid<IncidentView> grid) {
        return _findAll(grid).stream().map(IncidentView::id).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<IncidentView> grid() {
        return _get(Grid.class, spec -> spec.withId("incidents-grid"));
    }
}
