package vn.chidao.conclusion;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

class CommitteesViewTest extends KaribuSupport {

    @Autowired
    ConclusionService conclusions;

    @Test
    void theSecretariatLetsACommitteeIssueItsOwnNoticesAndTheProposalFollows() {
        World world = fixtures.newWorld();
        long waiting = conclusions.submit(world.secretariat(),
                conclusions.create(world.secretariat(), fixtures.draft()).id()).id();
        CommitteeDto committee = conclusions.committeeList(world.secretariat()).get(0);

        loginAs(world.secretariat());
        UI.getCurrent().navigate("committees");
        @SuppressWarnings("unchecked")
        Grid<CommitteeDto> grid = _get(Grid.class, s -> s.withId("committees"));
        assertThat(grid.getListDataView().getItems()).containsExactly(committee);
        Button edit = (Button) _getCellComponent(grid, 0, "actions");
        assertThat(edit.getId()).contains("committee-edit-" + committee.id());
        _click(edit);
        TextField symbol = _get(TextField.class, s -> s.withId("committee-notice-symbol"));
        assertThat(symbol.getPlaceholder()).isEqualTo("TB-UBND");
        _setValue(symbol, "TB-BCĐ");
        _click(_get(Button.class, s -> s.withId("committee-create")));

        assertThat(grid.getListDataView().getItems().map(CommitteeDto::noticeSymbol)).containsExactly("TB-BCĐ");
        assertThat(conclusions.get(world.secretariat(), waiting).proposedNumber()).isEqualTo("1/TB-BCĐ");
    }
}
