package vn.chidao.demo;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.Problems.problem;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import vn.chidao.support.ApiClient;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/**
 * While the demo loads nobody acts on its moved clock: the API answers 503 with {@code Retry-After}, readiness is out
 * of service, the sign-in form lets nobody in and every screen shows the progress; afterwards all answer as before.
 */
class DemoLoadingTest extends KaribuSupport {

    @LocalServerPort
    int port;
    @Autowired
    DemoLoading loading;

    private ApiClient api;
    private World world;

    @BeforeEach
    void newWorld() {
        api = ApiClient.on(port);
        world = fixtures.newWorld();
    }

    @AfterEach
    void loaded() {
        loading.finish();
    }

    @Test
    void theApiAnswers503WithRetryAfterWhileLoadingAndAsBeforeAfterwards() {
        ApiClient secretariat = api.as(world.secretariat().username());
        loading.loading("Quảng Ninh", 2, 5);

        ApiClient.Download held = secretariat.download("/api/me");
        assertThat(held.status()).isEqualTo(503);
        assertThat(held.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
        assertThat(problem(secretariat.get("/api/me"), 503).path("detail").asText()).contains("(2/5)");
        assertThat(problem(api.inLanguage("en").get("/api/conclusions"), 503).path("detail").asText())
                .contains("demo data is loading");
        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(503);
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);

        loading.finish();

        assertThat(secretariat.get("/api/me").expect(200).path("username").asText())
                .isEqualTo(world.secretariat().username());
        assertThat(api.get("/actuator/health/readiness").expect(200).path("status").asText()).isEqualTo("UP");
    }

    @Test
    void theSignInFormLetsNobodyInWhileLoading() throws Exception {
        loading.expect();
        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + world.secretariat().username()
                        + "&password=x")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        assertThat(posted.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void everyScreenShowsTheProgressWhileLoadingThenTheScreenAskedFor() {
        loginAs(world.leader());
        loading.loading("Quảng Ninh", 2, 5);

        UI.getCurrent().navigate("dashboard", QueryParameters.of("indicator", "x"));
        DemoLoadingView view = _get(DemoLoadingView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("demo-loading?to=dashboard%3Findicator%3Dx");
        assertThat(view.status.getText()).isEqualTo("Đang nạp dữ liệu mẫu: Quảng Ninh (2/5)…");
        assertThat(view.bar.getValue()).isEqualTo(0.2);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(DemoLoadingView.POLL_MILLIS);

        loading.loading("Hà Nội", 4, 5);
        view.refresh();
        assertThat(view.status.getText()).isEqualTo("Đang nạp dữ liệu mẫu: Hà Nội (4/5)…");

        loading.finish();
        view.refresh();
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("DashboardView");
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("dashboard?indicator=x");
    }

    @Test
    void theSignInPageShowsTheProgressInsteadOfTheForm() {
        loading.expect();
        openSignedOut();

        UI.getCurrent().navigate("login");
        assertThat(_get(DemoLoadingView.class).status.getText()).isEqualTo("Đang chuẩn bị nạp dữ liệu mẫu…");
        assertThat(_get(DemoLoadingView.class).bar.isIndeterminate()).isTrue();

        loading.finish();
        UI.getCurrent().navigate("demo-loading", QueryParameters.of("to", "login"));
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }
}
