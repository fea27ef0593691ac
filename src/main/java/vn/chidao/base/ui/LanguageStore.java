package vn.chidao.base.ui;

import java.util.Locale;
import java.util.Optional;
import vn.chidao.base.Actor;

/**
 * Where a person's chosen language is kept between sessions (their account's language, which their emails use
 * too). Provided by the security feature, so that the frame keeps the choice without depending on it.
 */
public interface LanguageStore {

    /** The language the person chose last, if any. */
    Optional<Locale> saved(Actor actor);

    /** Keeps {@code locale} (Vietnamese or English) as the person's language. */
    void save(Actor actor, Locale locale);
}
