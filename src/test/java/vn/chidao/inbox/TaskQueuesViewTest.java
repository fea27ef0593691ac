package vn.chidao.inbox;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.base.Actor;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.extension.ExtensionInput;
import vn.chidao.extension.ExtensionService;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.Processes;
import vn.chidao.support.Steps;
import vn.chidao.support.World;

/**
 * The deciders' queues, one click from the navigation: the extension decisions, the leaders' overdue tasks and the
 * results waiting for their sign-off; and the inbox names these kinds. Issued Monday 4/3/2024, due 18/3/2024.
 */
class TaskQueuesViewTest extends KaribuSupport {

    static final LocalDate ISSUED = LocalDate.of(2024, 3, 4);

    @Autowired
    AssignmentService assignments;
    @Autowired
    ExtensionService extensions;
    @Autowired
    Steps steps;
    @Autowired
    Processes processes;

    World world;

    @Test
    void theSecretariatFindsTheExtensionRequestsInTheirQueueAndOpensTheTask() {
        long id = acknowledged(Drafts.inWorkingDays(10, World.SO_A));
        extensions.request(world.focalPoint(World.SO_A), id,
                new ExtensionInput(LocalDate.of(2024, 3, 25), "Chờ ý kiến của Bộ"));

        open(world.secretariat(), "extensions");
        Grid<TaskItem> grid = grid("extensions-grid");
        assertThat(_findAll(grid)).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TaskKind.DECIDE_EXTENSION);
            assertThat(t.assignmentId()).isEqualTo(id);
            assertThat(t.unitCode()).isEqualTo(World.SO_A);
        });
        _click((Button) _getCellComponent(grid, 0, "action"));

        // the queue names itself, and the task page then puts the decision first
        assertThat(getCurrentPath()).isEqualTo("assignments/" + id + "?from=extensions");
        Div firstCard = (Div) _get(Div.class, spec -> spec.withClasses("chidao-task-main")).getChildren().findFirst()
                .orElseThrow();
        assertThat(firstCard.getId()).hasValue("task-actions");
        _get(firstCard, Button.class, spec -> spec.withId("extension-approve"));
    }

    @Test
    void theLeaderFindsTheOverdueTaskEscalatedToThem() {
        long id = acknowledged(Drafts.inWorkingDays(10, World.SO_A));
        time.runUntil(LocalDate.of(2024, 3, 25), 9, 0, processes.ofAssignment(id));

        open(world.leader(), "overdue");

        Grid<TaskItem> grid = grid("overdue-grid");
        assertThat(_findAll(grid)).extracting(TaskItem::assignmentId).containsExactly(id);
        assertThat(((Div) _getCellComponent(grid, 0, "deadline")).getElement().getTextRecursively())
                .contains("18/03/2024", "quá hạn 5 ngày làm việc");
        _click((Button) _getCellComponent(grid, 0, "action"));
        assertThat(getCurrentPath()).isEqualTo("assignments/" + id + "?from=overdue");
    }

    @Test
    void theLeaderFindsTheResultsToSignOffAndTheInboxNamesTheKind() {
        long id = issued(Drafts.signedOff(Drafts.inWorkingDays(10, World.SO_A)));
        steps.reported(world, id, World.SO_A);
        steps.accepted(world, id);

        open(world.leader(), "sign-off");
        assertThat(_findAll(grid("sign-off-grid"))).extracting(TaskItem::assignmentId).containsExactly(id);

        UI.getCurrent().navigate("");
        Grid<TaskItem> inbox = grid("inbox-grid");
        assertThat(((Span) _getCellComponent(inbox, 0, "kind")).getText()).isEqualTo("Ký duyệt kết quả");
        assertThat(((Button) _getCellComponent(inbox, 0, "action")).getText()).isEqualTo("Ký duyệt");
    }

    @Test
    void anEmptyQueueSaysWhatWillAppearThere() {
        world = fixtures.newWorld();

        open(world.leader(), "overdue");

        assertThat(_get(Div.class, spec -> spec.withId("overdue-empty")).getElement().getTextRecursively())
                .contains("Không có nhiệm vụ quá hạn nào chờ xử lý");
        _assertNone(Grid.class, spec -> spec.withId("overdue-grid"));
    }

    @Test
    void eachRoleSeesTheQueuesItDecides() {
        world = fixtures.newWorld();

        assertThat(menuOf(world.secretariat())).contains("extensions").doesNotContain("overdue", "sign-off");
        assertThat(menuOf(world.leader())).contains("extensions", "overdue", "sign-off");
        assertThat(menuOf(world.focalPoint(World.SO_A))).doesNotContain("extensions", "overdue", "sign-off");
    }

    private long acknowledged(DirectiveDraft directive) {
        long id = issued(directive);
        assignments.acknowledge(world.focalPoint(World.SO_A), id);
        return id;
    }

    private long issued(DirectiveDraft directive) {
        world = fixtures.newWorld();
        time.startAt(ISSUED, 9, 0);
        return Fixtures.assignmentOf(fixtures.issue(world, Drafts.conclusion(ISSUED.minusDays(3), directive)),
                World.SO_A);
    }

    private void open(Actor actor, String route) {
        loginAs(actor);
        UI.getCurrent().navigate(route);
    }

    private List<String> menuOf(Actor actor) {
        open(actor, "");
        return MenuConfiguration.getMenuEntries().stream().map(MenuEntry::path)
                .map(path -> path.startsWith("/") ? path.substring(1) : path).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<TaskItem> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }
}
