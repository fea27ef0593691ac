package vn.chidao.delivery;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.chidao.base.Actor;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.Feedback;
import vn.chidao.security.SubstituteService;

/**
 * "Tài khoản của tôi", for everyone signed in: their email address and its language, and how each kind of
 * notification reaches them ({@link PreferencesForm}); who stands in for them while they are away
 * ({@link SubstitutesCard}).
 */
@Route("account")
@Menu(title = "menu.account", icon = "vaadin:user-card", order = 99)
@PermitAll
class AccountView extends VerticalLayout implements HasDynamicTitle {

    final PreferencesForm form;
    private final PreferenceService preferences;
    private final Actor actor;

    final SubstitutesCard substitutes;

    AccountView(PreferenceService preferences, SubstituteService substituteService, Messages messages,
                CurrentUser user) {
        this.preferences = preferences;
        this.actor = user.actor();
        addClassName("chidao-account");
        form = new PreferencesForm(messages, this::save);
        form.show(preferences.mine(actor));
        substitutes = new SubstitutesCard(substituteService, messages, actor);
        add(form);
        if (actor.governmentId() != null) {
            add(substitutes);
        }
    }

    private void save(Preferences wanted) {
        form.show(preferences.change(actor, wanted));
        Feedback.success(getTranslation("account.saved"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.account");
    }
}
