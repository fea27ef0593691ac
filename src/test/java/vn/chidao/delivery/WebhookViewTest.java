package vn.chidao.delivery;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.support.KaribuSupport;

/** The webhook form on the outbox screen: a government's admin sets it, the service's objections land on the fields. */
class WebhookViewTest extends KaribuSupport {

    private static final String SECRET = "khoa-bi-mat-du-dai-20";

    @Autowired
    WebhookService webhooks;
    @Autowired
    Outboxes outboxes;

    @AfterEach
    void forgetTheOutboxes() {
        outboxes.forget();
    }

    @Test
    void aGovernmentsAdminSavesTheWebhookAndLaterChangesItKeepingTheSecret() {
        Actor admin = outboxes.empty().admin();
        open(admin);
        assertThat(secret().getHelperText()).startsWith("Ít nhất 16 ký tự");
        assertThat(enabled().getValue()).isTrue();

        _setValue(url(), "https://zalo-gateway.tinh.gov.vn/chidao");
        _setValue(secret(), SECRET);
        _click(save());

        WebhookDto saved = webhooks.get(admin).orElseThrow();
        assertThat(saved).isEqualTo(new WebhookDto("https://zalo-gateway.tinh.gov.vn/chidao", true, true));
        assertThat(secret().getValue()).isEmpty();
        assertThat(secret().getHelperText()).isEqualTo("Để trống để giữ khóa đã đặt");

        open(admin);
        assertThat(url().getValue()).isEqualTo("https://zalo-gateway.tinh.gov.vn/chidao");
        _setValue(url(), "https://bot.tinh.gov.vn/hook");
        _setValue(enabled(), false);
        _click(save());

        assertThat(webhooks.get(admin)).contains(new WebhookDto("https://bot.tinh.gov.vn/hook", false, true));
    }

    @Test
    void anAddressThatIsNotHttpIsRefusedOnTheUrlFieldAndNothingIsSaved() {
        Actor admin = outboxes.empty().admin();
        open(admin);

        _setValue(url(), "zalo-gateway.tinh.gov.vn/chidao");
        _setValue(secret(), SECRET);
        _click(save());

        _expectInvalid(url(), "phải là địa chỉ http hoặc https đầy đủ, tối đa 500 ký tự");
        assertThat(secret().isInvalid()).isFalse();
        assertThat(webhooks.get(admin)).isEmpty();
    }

    @Test
    void aShortSecretIsRefusedOnTheSecretField() {
        Actor admin = outboxes.empty().admin();
        open(admin);

        _setValue(url(), "https://zalo-gateway.tinh.gov.vn/chidao");
        _setValue(secret(), "ngan");
        _click(save());

        _expectInvalid(secret(), "phải có từ 16 đến 200 ký tự");
        assertThat(webhooks.get(admin)).isEmpty();
    }

    private void open(Actor admin) {
        loginAs(admin);
        UI.getCurrent().navigate(DeliveriesView.ROUTE);
    }

    private static TextField url() {
        return _get(TextField.class, spec -> spec.withId("webhook-url"));
    }

    private static PasswordField secret() {
        return _get(PasswordField.class, spec -> spec.withId("webhook-secret"));
    }

    private static Checkbox enabled() {
        return _get(Checkbox.class, spec -> spec.withId("webhook-enabled"));
    }

    private static Button save() {
        return _get(Button.class, spec -> spec.withId("webhook-save"));
    }
}
