package vn.chidao.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNav;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.base.InvalidInputException;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/**
 * The language a person picks is theirs, not only the session's: it is saved with their account and the next
 * sign-in (after signing out: a new session) starts in it.
 */
class LanguageViewTest extends KaribuSupport {

    @Autowired
    UserService users;

    @Test
    void englishChosenOnAScreenIsKeptAcrossSigningOutAndIn() {
        Actor focal = fixtures.newWorld().focalPoint(World.SO_A);
        loginAs(focal);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("vi");

        _click(languageSwitch());

        assertThat(users.contact(focal.username()).orElseThrow().language()).isEqualTo("en");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);

        loginAs(focal);
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(languageSwitch().getText()).isEqualTo("Tiếng Việt");
        assertThat(_get(SideNav.class, spec -> spec.withId("main-nav")).getElement().getTextRecursively())
                .contains("My tasks").doesNotContain("Việc của tôi");
    }

    @Test
    void switchingBackToVietnameseIsKeptToo() {
        Actor leader = fixtures.newWorld().leader();
        users.changeLanguage(leader, "en");
        loginAs(leader);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);

        _click(languageSwitch());

        assertThat(users.contact(leader.username()).orElseThrow().language()).isEqualTo("vi");
        loginAs(leader);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("vi");
    }

    @Test
    void englishPickedOnTheSignInPageBecomesThePersonsLanguage() {
        Actor secretariat = fixtures.newWorld().secretariat();
        openSignedOut();
        UI.getCurrent().navigate("login");

        _click(languageSwitch());
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        signInWithinSession(secretariat);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(users.contact(secretariat.username()).orElseThrow().language()).isEqualTo("en");
    }

    @Test
    void anUnknownLanguageIsRefused() {
        Actor focal = fixtures.newWorld().focalPoint(World.SO_B);

        assertThatThrownBy(() -> users.changeLanguage(focal, "fr")).isInstanceOf(InvalidInputException.class);
        assertThat(users.contact(focal.username()).orElseThrow().language()).isEqualTo("vi");
    }

    private static Button languageSwitch() {
        return _get(Button.class, spec -> spec.withId("language-switch"));
    }
}
