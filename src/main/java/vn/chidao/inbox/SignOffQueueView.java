package vn.chidao.inbox;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.chidao.base.ui.CurrentUser;

/** Results the secretariat accepted that a leader signs off before they count as done. */
@Route("sign-off")
@Menu(title = "menu.signOff", icon = "vaadin:diploma", order = 16)
@RolesAllowed("LEADER")
class SignOffQueueView extends TaskQueueView {

    SignOffQueueView(InboxService inbox, CurrentUser user) {
        super(inbox, user, TaskKind.SIGN_OFF, "signOff", VaadinIcon.DIPLOMA);
    }
}
