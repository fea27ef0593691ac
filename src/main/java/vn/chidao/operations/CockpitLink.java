package vn.chidao.operations;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chidao.base.Actor;
import vn.chidao.base.ui.MenuLinks;

/** Camunda's Cockpit in the navigation of the installation's administrators, who alone may open it. */
@Component
class CockpitLink implements MenuLinks {

    static final String COCKPIT = "/camunda/app/cockpit/default/";

    @Override
    public List<MenuLink> linksFor(Actor actor) {
        return actor.isInstallationAdmin()
                ? List.of(new MenuLink("cockpit-link", "menu.cockpit", COCKPIT, "vaadin:cogs"))
                : List.of();
    }
}
