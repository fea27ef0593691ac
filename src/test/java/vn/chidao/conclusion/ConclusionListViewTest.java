package vn.chidao.conclusion;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt.expectRows;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.time.Dates;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

class ConclusionListViewTest extends KaribuSupport {

    @Autowired
    ConclusionService conclusions;

    @Test
    void listsTheGovernmentsConclusionsNewestFirstAndFiltersThem() {
        World world = fixtures.newWorld();
        ConclusionDetail issued = fixtures.issue(world, fixtures.draft());
        ConclusionDetail draft = conclusions.create(world.secretariat(), fixtures.draft());

        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions");
        Grid<ConclusionSummary> grid = grid();
        expectRows(grid, 2);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0).id()).isEqualTo(draft.id());
        assertThat(_getFormatted(grid, 1, "number")).isEqualTo(issued.number());
        assertThat(_getFormatted(grid, 1, "meetingDate")).isEqualTo(Dates.format(issued.meetingDate()));

        @SuppressWarnings("unchecked")
        Select<ConclusionStatus> status = _get(Select.class, s -> s.withId("status-filter"));
        _setValue(status, ConclusionStatus.ISSUED);
        expectRows(grid, 1);
        _setValue(status, null);
        _setValue(_get(TextField.class, s -> s.withId("search")), issued.number());
        expectRows(grid, 1);

        _clickItem(grid, 0);
        assertThat(getCurrentPath()).isEqualTo("conclusions/" + issued.id());
    }

    @Test
    void anEmptyListTellsTheSecretariatWhatToDo() {
        World world = fixtures.newWorld();

        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions");

        expectRows(grid(), 0);
        assertThat(_get(Paragraph.class, s -> s.withId("empty-state")).getText()).contains("Soạn thông báo mới");
        _click(_get(Button.class, s -> s.withId("new-conclusion")));
        assertThat(getCurrentPath()).isEqualTo("conclusions/new");
    }

    @Test
    void theLeaderHasNoNewButton() {
        World world = fixtures.newWorld();

        loginAs(world.leader());
        UI.getCurrent().navigate("conclusions");

        _assertNone(Button.class, s -> s.withId("new-conclusion"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ConclusionSummary> grid() {
        return _get(Grid.class, s -> s.withId("conclusions"));
    }
}
