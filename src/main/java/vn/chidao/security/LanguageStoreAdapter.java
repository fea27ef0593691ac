package vn.chidao.security;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidao.base.Actor;
import vn.chidao.base.ui.LanguageStore;

/** Keeps the language a person switches to on a screen as their account's language (app_user.language). */
@Component
class LanguageStoreAdapter implements LanguageStore {

    private final UserService users;

    LanguageStoreAdapter(UserService users) {
        this.users = users;
    }

    @Override
    public Optional<Locale> saved(Actor actor) {
        return users.contact(actor.username()).map(UserContact::locale);
    }

    @Override
    public void save(Actor actor, Locale locale) {
        users.changeLanguage(actor, locale.getLanguage());
    }
}
