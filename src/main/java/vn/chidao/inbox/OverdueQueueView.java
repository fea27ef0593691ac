package vn.chidao.inbox;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.chidao.base.ui.CurrentUser;

/**
 * The tasks overdue long enough to be escalated to the leaders (or the committee's chair alone), waiting for their
 * decision: urge, criticise or grant a new deadline.
 */
@Route("overdue")
@Menu(title = "menu.overdue", icon = "vaadin:warning", order = 13)
@RolesAllowed("LEADER")
class OverdueQueueView extends TaskQueueView {

    OverdueQueueView(InboxService inbox, CurrentUser user) {
        super(inbox, user, TaskKind.OVERDUE_REVIEW, "overdue", VaadinIcon.CHECK_CIRCLE_O);
    }
}
