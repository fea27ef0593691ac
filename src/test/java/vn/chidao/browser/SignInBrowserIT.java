package vn.chidao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/** The sign-in page in a real browser, and each role landing on its own screens. */
class SignInBrowserIT extends BrowserSupport {

    @Test
    void aSecretarySignsInAndSeesTheRegisterInTheMenu() throws Exception {
        World world = fixtures.newWorld();

        browser.signIn(world.secretariat().username(), Fixtures.PASSWORD);

        assertThat(browser.path()).doesNotContain("login");
        assertThat(browser.visible(By.tagName("vaadin-side-nav")).getText()).contains("Sổ theo dõi");
        browser.screenshot("signed-in-secretariat");
    }
}
