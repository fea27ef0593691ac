package vn.chidao.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The bell in the top bar: opens the caller's notifications ({@value #ROUTE}) and shows how many are unread
 * (99+ beyond 99). The count is read again after every navigation and whenever a screen calls
 * {@link #refresh(UI)}, e.g. after marking notifications read.
 */
public class NotificationBell extends Div {

    public static final String ROUTE = "notifications";
    private static final int SHOWN_MAX = 99;

    private final UnreadNotices unread;
    private final CurrentUser user;
    private final Button button = new Button(VaadinIcon.BELL_O.create());
    private final Span count = new Span();

    public NotificationBell(UnreadNotices unread, CurrentUser user) {
        this.unread = unread;
        this.user = user;
        setId("notification-bell");
        addClassName("chidao-bell");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setId("notification-bell-button");
        button.addClickListener(e -> UI.getCurrent().navigate(ROUTE));
        count.setId("notification-count");
        count.addClassName("chidao-bell-count");
        count.getElement().setAttribute("aria-hidden", "true");
        add(button, count);
        refresh();
    }

    /** Reads the count again and redraws the badge and the button's label. */
    public final void refresh() {
        long n = unread.count(user.actor());
        count.setText(n > SHOWN_MAX ? SHOWN_MAX + "+" : Long.toString(n));
        count.setVisible(n > 0);
        String label = n > 0 ? getTranslation("bell.unread", n) : getTranslation("bell.none");
        button.setAriaLabel(label);
        button.setTooltipText(label);
        if (n > 0) {
            addClassName("chidao-bell-on");
        } else {
            removeClassName("chidao-bell-on");
        }
    }

    /** The unread count shown now (0 when the badge is hidden). */
    public long shown() {
        return count.isVisible() ? Long.parseLong(count.getText().replace("+", "")) : 0;
    }

    /** Refreshes the bell of {@code ui}, if its frame shows one. */
    public static void refresh(UI ui) {
        NotificationBell bell = ui == null ? null : ComponentUtil.getData(ui, NotificationBell.class);
        if (bell != null) {
            bell.refresh();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ComponentUtil.setData(event.getUI(), NotificationBell.class, this);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (ComponentUtil.getData(event.getUI(), NotificationBell.class) == this) {
            ComponentUtil.setData(event.getUI(), NotificationBell.class, null);
        }
    }
}
