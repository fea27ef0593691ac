package vn.chidao.delivery;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.delivery.Outboxes.Outbox;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/**
 * The outbox screen: a government's admin sees its deliveries and no other government's, filters them by status
 * (kept in the address), sends a failed one again, and reads whether email is on.
 */
class DeliveriesViewTest extends KaribuSupport {

    @Autowired
    DeliveryService deliveries;
    @Autowired
    Outboxes outboxes;

    @AfterEach
    void forgetTheOutboxes() {
        outboxes.forget();
    }

    @Test
    void aGovernmentsAdminSeesItsFailedAndPendingDeliveriesAndNotAnotherGovernments() {
        Outbox other = outboxes.withFailedAndPending();
        Outbox mine = outboxes.withFailedAndPending();
        open(mine.admin(), QueryParameters.empty());

        Grid<DeliveryDto> grid = grid();
        assertThat(_findAll(grid)).extracting(DeliveryDto::id).containsExactly(mine.pending(), mine.failed())
                .doesNotContain(other.pending(), other.failed());
        assertThat(_getFormatted(grid, 0, "channel")).isEqualTo("Email");
        assertThat(_getFormatted(grid, 0, "kind")).isEqualTo("Nhắc việc");
        assertThat(_getFormatted(grid, 0, "recipient")).isEqualTo(mine.world().focalPoint(World.SO_A).username());
        assertThat(_getFormatted(grid, 0, "attempts")).isEqualTo("0");
        assertThat(_getFormatted(grid, 0, "nextAttempt")).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
        assertThat(badge(grid, 0).getText()).isEqualTo("Chờ gửi");
        Span failed = badge(grid, 1);
        assertThat(failed.getText()).isEqualTo("Gửi lỗi");
        assertThat(failed.getElement().getThemeList()).contains("badge", "error");
        assertThat(_getFormatted(grid, 1, "attempts")).isEqualTo("12");
        assertThat(_getFormatted(grid, 1, "nextAttempt")).isEmpty();
        assertThat(((Div) _getCellComponent(grid, 1, "lastError")).getText()).contains("has no email address");
        assertThat(grid.getColumnByKey("lastError").getTooltipGenerator().apply(_findAll(grid).get(1)))
                .contains("has no email address");
        assertThat(_getFormatted(grid, 1, "sentAt")).isEmpty();
    }

    @Test
    void theStatusFilterComesFromTheAddressAndNarrowsTheList() {
        Outbox mine = outboxes.withFailedAndPending();
        open(mine.admin(), QueryParameters.simple(Map.of("status", "FAILED")));

        assertThat(statusFilter().getValue()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(_findAll(grid())).extracting(DeliveryDto::id).containsExactly(mine.failed());

        _setValue(statusFilter(), DeliveryStatus.PENDING);
        assertThat(_findAll(grid())).extracting(DeliveryDto::id).containsExactly(mine.pending());

        _setValue(statusFilter(), DeliveryStatus.SENT);
        assertThat(_findAll(grid())).isEmpty();

        _setValue(statusFilter(), null);
        assertThat(_findAll(grid())).extracting(DeliveryDto::id).containsExactly(mine.pending(), mine.failed());
    }

    @Test
    void retryingAFailedDeliveryPutsItBackInTheQueueWithItsTriesAgain() {
        Outbox mine = outboxes.withFailedAndPending();
        open(mine.admin(), QueryParameters.empty());
        int row = _findAll(grid()).stream().map(DeliveryDto::id).toList().indexOf(mine.failed());

        _click(_get((Div) _getCellComponent(grid(), row, "retry"), Button.class));

        DeliveryDto retried = deliveries.page(mine.admin(), DeliveryStatus.PENDING, Outboxes.NEWEST).stream()
                .filter(d -> d.id() == mine.failed()).findFirst().orElseThrow();
        assertThat(retried.attempts()).isZero();
        assertThat(deliveries.page(mine.admin(), DeliveryStatus.FAILED, Outboxes.NEWEST).getContent()).isEmpty();
        assertThat(badge(grid(), row).getText()).isEqualTo("Chờ gửi");
    }

    @Test
    void theAdminReadsThatEmailIsOnAndThroughWhichServer() {
        Outbox mine = outboxes.empty();
        open(mine.admin(), QueryParameters.empty());

        String server = deliveries.emailServer();
        assertThat(server).startsWith("127.0.0.1:");
        Div line = _get(Div.class, spec -> spec.withId("deliveries-email"));
        assertThat(line.getElement().getTextRecursively()).isEqualTo("Email: đang bật, gửi qua " + server + ".");
        assertThat(line.getClassNames()).contains("chidao-callout-on");
    }

    @Test
    void aGovernmentWithoutDeliveriesSeesWhatWillAppear() {
        Outbox empty = outboxes.empty();
        open(empty.admin(), QueryParameters.empty());

        assertThat(_findAll(grid())).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("deliveries-empty")).getElement().getTextRecursively())
                .contains("Không có lượt gửi nào");
    }

    @Test
    void theInstallationAdminSeesEveryGovernmentAndIsToldWhoSetsTheWebhook() {
        Outbox mine = outboxes.withFailedAndPending();
        Actor installationAdmin = fixtures.admin();
        open(installationAdmin, QueryParameters.empty());

        assertThat(_findAll(grid())).extracting(DeliveryDto::id).contains(mine.pending(), mine.failed());
        assertThat(_get(Paragraph.class, spec -> spec.withId("webhook-installation-admin")).getText())
                .isEqualTo("Webhook được đặt bởi quản trị viên của từng tỉnh, thành phố.");
        _assertNone(TextField.class, spec -> spec.withId("webhook-url"));
    }

    private void open(Actor admin, QueryParameters query) {
        loginAs(admin);
        UI.getCurrent().navigate(DeliveriesView.ROUTE, query);
    }

    @SuppressWarnings("unchecked")
    private static Grid<DeliveryDto> grid() {
        return _get(Grid.class, spec -> spec.withId("deliveries-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Select<DeliveryStatus> statusFilter() {
        return _get(Select.class, spec -> spec.withId("deliveries-status"));
    }

    private static Span badge(Grid<DeliveryDto> grid, int row) {
        return (Span) _getCellComponent(grid, row, "status");
    }
}
