package vn.chidao.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;

/**
 * The page around every view: our Lumo-based theme in {@code frontend/themes/chidao}, and the app a phone installs
 * to its home screen: its name, its icon ({@code META-INF/resources/icons/icon.png}, 512 px, from which Vaadin
 * makes every size; drawn from {@code icon.svg} beside it), the theme's red for the browser's bar, an offline page
 * ({@code offline.html}, Vietnamese and English) instead of the browser's error, and the root as its start: the root
 * route is each user's own landing screen (their inbox; an administrator's administration).
 */
@Theme("chidao")
@PWA(name = "Chidao · Theo dõi nhiệm vụ chỉ đạo", shortName = "Chidao",
        description = "Theo dõi nhiệm vụ chỉ đạo của Ban Chỉ đạo: tiếp nhận, báo cáo tiến độ và kết quả.",
        themeColor = AppShell.THEME_COLOR, backgroundColor = "#f5f6f9", iconPath = "icons/icon.png",
        offlinePath = "offline.html", startPath = "", display = "standalone")
public class AppShell implements AppShellConfigurator {

    /** The theme's primary red (--lumo-primary-color, hsl(356, 66%, 40%)). */
    static final String THEME_COLOR = "#a9232b";
}
