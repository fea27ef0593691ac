package vn.chidao.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import vn.chidao.base.Role;
import vn.chidao.base.ui.UiLanguage;
import vn.chidao.support.KaribuSupport;

/**
 * The sign-in page lists the demo's accounts by role, a click filling the form, only where the demo is loaded: not in
 * the {@code postgres} profile, where {@code chidao.seed.enabled} is off as it is in the tests.
 */
class LoginDemoAccountsTest extends KaribuSupport {

    private static final DemoAccounts DEMO = new DemoAccounts() {
        @Override
        public List<Account> accounts() {
            return List.of(new Account(Role.LEADER, "qni.lanhdao", "Phó Chủ tịch", "Quảng Ninh"),
                    new Account(Role.LEADER, "hpg.lanhdao", "Chủ tịch", "Hải Phòng"),
                    new Account(Role.FOCAL_POINT, "qni.stttt", "Chuyên viên", "Quảng Ninh"));
        }

        @Override
        public String password() {
            return "demo";
        }
    };

    @Test
    void withoutTheDemoTheSignInPageListsNoAccounts() throws Exception {
        var postgres = new YamlPropertySourceLoader()
                .load("postgres", new ClassPathResource("application-postgres.yml")).get(0);
        assertThat(postgres.getProperty("chidao.seed.enabled")).isEqualTo(false);
        assertThat(context.getBeanProvider(DemoAccounts.class).getIfAvailable()).isNull();

        openSignedOut();
        UI.getCurrent().navigate("login");

        _get(LoginView.class);
        _assertNone(Div.class, spec -> spec.withId("demo-accounts"));
    }

    @Test
    void theDemosAccountsAreListedByRoleAndAClickFillsTheForm() {
        openSignedOut();
        UI.getCurrent().navigate("login");
        var demo = new StaticListableBeanFactory(Map.of("demo", DEMO)).getBeanProvider(DemoAccounts.class);
        LoginView view = new LoginView(context.getBean(UiLanguage.class), demo);
        UI.getCurrent().removeAll();
        UI.getCurrent().add(view);

        Div list = _get(Div.class, spec -> spec.withId("demo-accounts"));
        assertThat(list.getElement().getTextRecursively()).contains("mật khẩu: demo", "Lãnh đạo", "Đầu mối");
        assertThat(_get(Button.class, spec -> spec.withId("demo-account-hpg.lanhdao")).getText())
                .isEqualTo("Hải Phòng");
        Button focalPoint = _get(Button.class, spec -> spec.withId("demo-account-qni.stttt"));
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        focalPoint.click();
        // Element.executeJs waits for the response to the browser; what it would send:
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();

        List<PendingJavaScriptInvocation> js = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        assertThat(js).anySatisfy(call -> {
            assertThat(call.getInvocation().getExpression()).contains("vaadinLoginUsername", "vaadinLoginPassword");
            assertThat(call.getInvocation().getParameters()).contains("qni.stttt", "demo");
        });
    }
}
