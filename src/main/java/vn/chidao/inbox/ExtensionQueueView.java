package vn.chidao.inbox;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.chidao.base.ui.CurrentUser;

/**
 * The extension requests waiting for the caller's decision: the secretariat's, or the leaders' when the directive
 * needs their sign-off.
 */
@Route("extensions")
@Menu(title = "menu.extensions", icon = "vaadin:calendar-clock", order = 14)
@RolesAllowed({"SECRETARIAT", "LEADER"})
class ExtensionQueueView extends TaskQueueView {

    ExtensionQueueView(InboxService inbox, CurrentUser user) {
        super(inbox, user, TaskKind.DECIDE_EXTENSION, "extensions", VaadinIcon.CALENDAR_CLOCK);
    }
}
