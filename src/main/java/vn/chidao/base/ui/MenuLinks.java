package vn.chidao.base.ui;

import java.util.List;
import vn.chidao.base.Actor;

/**
 * Entries of the navigation that lead out of the UI (Camunda's Cockpit), each offered by a feature to the users it is
 * for. They open in a new browser tab.
 */
public interface MenuLinks {

    /** The links for this user, none for most. */
    List<MenuLink> linksFor(Actor actor);

    /**
     * @param id    the entry's element id
     * @param title the message key of its label
     * @param href  where it leads, a path of this server or a full address
     * @param icon  a Vaadin icon name such as {@code vaadin:cogs}, or null
     */
    record MenuLink(String id, String title, String href, String icon) {
    }
}
