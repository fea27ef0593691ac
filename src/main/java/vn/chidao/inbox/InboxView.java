package vn.chidao.inbox;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.Set;
import vn.chidao.base.ui.CurrentUser;

/** Everyone's home: the caller's open tasks, nearest deadline first. */
@Route("")
@Menu(title = "menu.inbox", icon = "vaadin:inbox", order = 10)
@PermitAll
class InboxView extends VerticalLayout implements HasDynamicTitle {

    final Grid<TaskItem> grid = new Grid<>();

    InboxView(InboxService inbox, CurrentUser user) {
        setSizeFull();
        grid.addColumn(task -> getTranslation("taskKind." + task.kind().name())).setHeader(getTranslation("inbox.kind"));
        grid.addColumn(TaskItem::title).setHeader(getTranslation("inbox.title")).setFlexGrow(3);
        grid.setItems(query -> inbox.tasks(user.actor(), Set.of(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.inbox");
    }
}
