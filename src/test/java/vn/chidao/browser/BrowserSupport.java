package vn.chidao.browser;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.TimeTravel;

/**
 * Base of the real-browser suite: the whole application on a random port with its production frontend, and one
 * headless Chromium per class. A failing test leaves a screenshot under target/screenshots.
 */
@ChidaoTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserSupport {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TimeTravel time;

    Browser browser;

    @RegisterExtension
    final TestWatcher screenshots = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            try {
                System.err.println("Screenshot of the failure: "
                        + browser.screenshot(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName()).toAbsolutePath());
            } catch (IOException | RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    };

    @BeforeAll
    void startBrowser() {
        browser = newBrowser();
    }

    /** A desktop's browser; a class may ask for another (a phone's). */
    Browser newBrowser() {
        return new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
        time.reset();
    }
}
