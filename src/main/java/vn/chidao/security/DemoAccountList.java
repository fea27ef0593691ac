package vn.chidao.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chidao.base.Role;

/**
 * The demo's accounts under the sign-in form, one line per role with a button per government: a click fills the
 * form's username and password (the person still signs in).
 */
class DemoAccountList extends Div {

    /** Sets the form's fields, wherever this version of the login form keeps them (light or shadow DOM). */
    private static final String FILL = """
            const find = id => this.querySelector('#' + id) || (this.shadowRoot && this.shadowRoot.querySelector('#' + id));
            const username = find('vaadinLoginUsername'), password = find('vaadinLoginPassword');
            username.value = $0; password.value = $1; password.focus();""";

    DemoAccountList(List<DemoAccounts.Account> accounts, String password, LoginForm login) {
        setId("demo-accounts");
        addClassName("chidao-demo-accounts");
        add(new Paragraph(getTranslation("login.demo.title", password)));
        Map<Role, Div> lines = new LinkedHashMap<>();
        for (DemoAccounts.Account account : accounts) {
            Div line = lines.computeIfAbsent(account.role(), role -> {
                Div created = new Div(new Span(getTranslation("userRole." + role.name()) + ":"));
                created.addClassName("chidao-demo-accounts-role");
                add(created);
                return created;
            });
            Button fill = new Button(account.government(),
                    e -> login.getElement().executeJs(FILL, account.username(), password));
            fill.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            fill.setId("demo-account-" + account.username());
            fill.setTooltipText(account.username() + " · " + account.displayName());
            line.add(fill);
        }
    }
}
