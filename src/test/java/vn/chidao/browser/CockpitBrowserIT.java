package vn.chidao.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.chidao.security.UserService;

/**
 * Camunda's Cockpit in a real browser, with Chidao's sign-in: the installation's administrator, not signed in, opens
 * it, is sent to Chidao's sign-in page, comes back to Cockpit as themselves and sees the deployed processes.
 */
class CockpitBrowserIT extends BrowserSupport {

    /** The installation's administrator's password in the test profile (application-test.yml). */
    private static final String ADMIN_PASSWORD = "test-admin";
    private static final String COCKPIT = "camunda/app/cockpit/default/";

    @Test
    void theAdministratorSignsInOnChidaosPageAndSeesTheProcessesInCockpit() throws Exception {
        browser.signOut();

        browser.load(COCKPIT);
        browser.until("Chidao's sign-in page", d -> d.getCurrentUrl().contains("/login"));
        browser.fillInSignIn(UserService.ADMIN_USERNAME, ADMIN_PASSWORD);
        browser.until("Cockpit after signing in", d -> d.getCurrentUrl().contains("/" + COCKPIT));

        browser.load(COCKPIT + "#/processes");
        browser.until("the deployed processes and the administrator's name in Cockpit", d -> {
            String page = d.findElement(By.tagName("body")).getText();
            return page.contains("Thực hiện nhiệm vụ được giao") && page.contains("Quản trị hệ thống");
        });
        browser.screenshot("cockpit-processes");
    }
}
