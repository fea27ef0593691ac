package vn.chidao.browser;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

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
 * headless Chromium per class. A failing test leaves a screenshot under target/screenshots, and in a walk of ordered
 * steps the steps after it skip themselves ({@link #skipIfAnEarlierStepFailed()}).
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
    private boolean broken;

    @RegisterExtension
    final TestWatcher failures = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            broken = true;
            try {
                System.err.println("Screenshot of the failure: "
                        + browser.screenshot(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName()).toAbsolutePath());
            } catch (IOException | RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    };

    /** A failed step leaves the next ones nothing to stand on: they are skipped, not failed again. */
    void skipIfAnEarlierStepFailed() {
        assumeFalse(broken, "an earlier step failed");
    }

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
