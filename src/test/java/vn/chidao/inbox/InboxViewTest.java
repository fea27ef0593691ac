package vn.chidao.inbox;

import static com.github.mvysny.kaributesting.v10.GridKt.expectRows;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

class InboxViewTest extends KaribuSupport {

    @Test
    void aFocalPointSeesTheNewlyAssignedTaskOfTheirUnit() {
        World world = fixtures.newWorld();
        fixtures.issue(world, fixtures.draft());

        loginAs(world.focalPoint(World.SO_A));
        UI.getCurrent().navigate(InboxView.class);

        expectRows(_get(Grid.class), 1);
    }
}
