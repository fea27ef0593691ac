package vn.chidao.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;

/** The page around every view: our Lumo-based theme in {@code frontend/themes/chidao}. */
@Theme("chidao")
@PWA(name = "Chidao · Theo dõi nhiệm vụ chỉ đạo", shortName = "Chidao")
public class AppShell implements AppShellConfigurator {
}
