package vn.chidao.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import vn.chidao.base.Actor;
import vn.chidao.base.Messages;

/**
 * The frame of every signed-in screen. Its navigation lists the views annotated with {@code @Menu} that
 * the user's roles may open, so each feature adds its own screens without this class knowing them, then the links out
 * of the UI that features offer ({@link MenuLinks}: Cockpit for the installation's administrators). The top bar
 * has the bell with the unread notifications when a feature provides {@link UnreadNotices}, and the user's menu:
 * their account and the change of their password.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The screen where people change their own password (security's), reached from the user's menu. */
    public static final String PASSWORD_ROUTE = "account/password";
    static final String ACCOUNT_ROUTE = "account";

    private final CurrentUser user;
    private final H1 title = new H1();
    private final NotificationBell bell;
    private final UiLanguage languages;
    private final ObjectProvider<MenuLinks> links;

    public MainLayout(CurrentUser user, ObjectProvider<UnreadNotices> unread, UiLanguage languages,
                      ObjectProvider<MenuLinks> links) {
        this.user = user;
        this.languages = languages;
        this.links = links;
        UnreadNotices notices = unread.getIfAvailable();
        this.bell = notices == null ? null : new NotificationBell(notices, user);
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(navigation()));
        addToNavbar(true, header());
    }

    private Div brand() {
        Icon logo = VaadinIcon.FLAG.create();
        logo.addClassName("chidao-logo");
        Span name = new Span("Chidao");
        name.addClassName("chidao-brand-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("chidao-brand-tagline");
        Div text = new Div(name, tagline);
        Div brand = new Div(logo, text);
        brand.addClassName("chidao-brand");
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.addClassName("chidao-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = navItem(getTranslation(entry.title()), entry.path());
            withIcon(item, entry.icon());
            nav.addItem(item);
        }
        links.orderedStream().flatMap(l -> l.linksFor(user.actor()).stream())
                .forEach(link -> nav.addItem(outside(link)));
        return nav;
    }

    /** An entry leading out of the UI, in a new tab (the router leaves it to the browser). */
    private SideNavItem outside(MenuLinks.MenuLink link) {
        SideNavItem item = navItem(getTranslation(link.title()), link.href());
        item.setId(link.id());
        item.setRouterIgnore(true);
        item.setOpenInNewBrowserTab(true);
        withIcon(item, link.icon());
        return item;
    }

    private static void withIcon(SideNavItem item, String icon) {
        if (icon != null && icon.startsWith("vaadin:")) {
            item.setPrefixComponent(new Icon("vaadin", icon.substring("vaadin:".length())));
        }
    }

    /**
     * A menu entry whose label wraps rather than being cut (SideNav cuts its own label text with "…"), with the
     * whole label as its tooltip too.
     */
    static SideNavItem navItem(String label, String path) {
        SideNavItem item = new SideNavItem(null, path);
        Span text = new Span(label);
        text.addClassName("chidao-nav-label");
        item.getElement().appendChild(text.getElement());
        item.setTooltipText(label);
        return item;
    }

    private HorizontalLayout header() {
        title.addClassName("chidao-view-title");
        title.setId("view-title");
        Button language = new Button(isEnglish() ? "Tiếng Việt" : "English", VaadinIcon.GLOBE.create(),
                e -> languages.choose(isEnglish() ? Messages.VIETNAMESE : Locale.ENGLISH));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        language.addClassName("chidao-language");
        language.setId("language-switch");
        Button logout = new Button(getTranslation("app.logout"), VaadinIcon.SIGN_OUT.create(), e -> user.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        logout.addClassName("chidao-logout");
        logout.setId("logout");
        Div card = userCard();
        userMenu(card);
        HorizontalLayout right = new HorizontalLayout(language, card, logout);
        if (bell != null) {
            right.addComponentAsFirst(bell);
        }
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.setSpacing(false);
        right.addClassName("chidao-header-right");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, right);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.addClassName("chidao-header");
        return header;
    }

    /**
     * The card of who is signed in opens, on a click, their menu: their account and the change of their password (a
     * context menu, which the frontend bundles already hold).
     */
    private void userMenu(Div card) {
        card.getElement().setAttribute("role", "button");
        card.getElement().setAttribute("tabindex", "0");
        card.getElement().setAttribute("aria-haspopup", "menu");
        card.getElement().setAttribute("aria-label", getTranslation("app.userMenu"));
        ContextMenu menu = new ContextMenu(card);
        menu.setId("user-menu");
        menu.setOpenOnClick(true);
        MenuItem account = menu.addItem(getTranslation("app.myAccount"),
                e -> getUI().ifPresent(ui -> ui.navigate(ACCOUNT_ROUTE)));
        account.setId("user-menu-account");
        MenuItem password = menu.addItem(getTranslation("app.changePassword"),
                e -> getUI().ifPresent(ui -> ui.navigate(PASSWORD_ROUTE)));
        password.setId("user-menu-password");
        // Kept in the card (rather than added to the UI when first opened), where tests and screen readers find it.
        card.add(menu);
    }

    /** Who is signed in: name, then roles and unit (or government), e.g. "Đầu mối đơn vị · STTTT". */
    private Div userCard() {
        Actor actor = user.actor();
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_SMALL);
        avatar.setAbbreviation(initials(user.displayName()));
        avatar.setColorIndex(0);
        Span name = new Span(user.displayName());
        name.addClassName("chidao-user-name");
        name.setId("current-user-name");
        String roles = actor.roles().stream().sorted()
                .map(r -> getTranslation("userRole." + r.name())).collect(Collectors.joining(", "));
        String where = actor.unitCode() != null ? actor.unitCode() : actor.governmentCode();
        Span detail = new Span(where == null ? roles : roles + " · " + where);
        detail.addClassName("chidao-user-detail");
        detail.setId("current-user-roles");
        Div text = new Div(name, detail);
        text.addClassName("chidao-user-text");
        Div card = new Div(avatar, text);
        card.addClassName("chidao-user");
        card.getElement().setAttribute("title", user.displayName() + " — " + detail.getText());
        return card;
    }

    /** "Nguyễn Thị Thu Hà" → "NH": the first and last word, as Vietnamese names are read. */
    static String initials(String name) {
        String[] words = name.trim().split("\\s+");
        String first = words[0].isEmpty() ? "?" : words[0].substring(0, 1);
        String last = words.length > 1 ? words[words.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase(Locale.ROOT);
    }

    private boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (bell != null) {
            bell.refresh();
        }
        if (getContent() instanceof HasDynamicTitle dynamic) {
            title.setText(dynamic.getPageTitle());
        } else if (getContent() != null && getContent().getClass().isAnnotationPresent(PageTitle.class)) {
            title.setText(getContent().getClass().getAnnotation(PageTitle.class).value());
        } else {
            title.setText("");
        }
    }
}
