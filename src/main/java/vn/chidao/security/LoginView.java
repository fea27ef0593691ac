package vn.chidao.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.UiLanguage;

/**
 * Sign-in page (Spring Security form login behind Vaadin's login form), in Vietnamese or English. Where the demo is
 * loaded, its accounts are listed by role to fill in ({@link DemoAccounts}).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    LoginView(UiLanguage languages, ObjectProvider<DemoAccounts> demo) {
        addClassName("chidao-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());

        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("chidao-login-brand");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("chidao-login-tagline");
        boolean english = Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        Button language = new Button(english ? "Tiếng Việt" : "English", VaadinIcon.GLOBE.create(),
                e -> languages.choose(english ? Messages.VIETNAMESE : Locale.ENGLISH));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-switch");
        Div card = new Div(brand, tagline, login);
        demo.ifAvailable(accounts -> card.add(new DemoAccountList(accounts.accounts(), accounts.password(), login)));
        card.add(language);
        card.addClassName("chidao-login-card");
        add(card);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.required"));
        error.setPassword(getTranslation("login.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Chidao";
    }
}
