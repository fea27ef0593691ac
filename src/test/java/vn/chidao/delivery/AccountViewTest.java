package vn.chidao.delivery;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.notification.NotificationKind;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/** "Tài khoản của tôi": one's email, its language and how each kind of notification comes, as the service allows. */
class AccountViewTest extends KaribuSupport {

    @Autowired
    PreferenceService preferences;

    @Test
    void aFocalPointWithoutEmailIsToldSoThenSavesAnAddressALanguageAndChoices() {
        Actor focal = fixtures.newWorld().focalPoint(World.SO_A);
        open(focal);
        assertThat(noEmail().getText()).isEqualTo("Chưa có địa chỉ email: thông báo chỉ hiện trong ứng dụng.");
        assertThat(choice(NotificationKind.REMINDER).getValue()).isEqualTo(DeliveryMode.IMMEDIATE);
        assertThat(choice(NotificationKind.REMINDER).getLabel()).isEqualTo("Nhắc việc");

        _setValue(email(), "dau.moi@so-a.gov.vn");
        _setValue(language(), "en");
        _setValue(choice(NotificationKind.REMINDER), DeliveryMode.DIGEST);
        _setValue(choice(NotificationKind.LEADER_ACTION), DeliveryMode.IN_APP);
        _click(save());

        Preferences saved = preferences.mine(focal);
        assertThat(saved.email()).isEqualTo("dau.moi@so-a.gov.vn");
        assertThat(saved.language()).isEqualTo("en");
        assertThat(saved.choices()).containsEntry(NotificationKind.REMINDER, DeliveryMode.DIGEST)
                .containsEntry(NotificationKind.LEADER_ACTION, DeliveryMode.IN_APP)
                .containsEntry(NotificationKind.OVERDUE, DeliveryMode.IMMEDIATE);
        _assertNone(Paragraph.class, spec -> spec.withId("account-no-email"));

        open(focal);
        assertThat(email().getValue()).isEqualTo("dau.moi@so-a.gov.vn");
        assertThat(language().getValue()).isEqualTo("en");
        assertThat(choice(NotificationKind.REMINDER).getValue()).isEqualTo(DeliveryMode.DIGEST);
    }

    @Test
    void aLeaderWhoWantsEscalationsOnlyInTheApplicationIsRefusedOnThatRow() {
        Actor leader = fixtures.newWorld().leader();
        open(leader);

        _setValue(email(), "lanh.dao@tinh.gov.vn");
        _setValue(choice(NotificationKind.ESCALATION), DeliveryMode.IN_APP);
        _click(save());

        _expectInvalid(choice(NotificationKind.ESCALATION),
                "lãnh đạo nhận báo cáo quá hạn ít nhất trong thư tổng hợp buổi sáng");
        assertThat(choice(NotificationKind.REMINDER).isInvalid()).isFalse();
        Preferences unchanged = preferences.mine(leader);
        assertThat(unchanged.email()).isNull();
        assertThat(unchanged.choices()).containsEntry(NotificationKind.ESCALATION, DeliveryMode.IMMEDIATE);
    }

    @Test
    void anAddressThatIsNotAnEmailIsRefusedOnTheEmailField() {
        Actor focal = fixtures.newWorld().focalPoint(World.SO_B);
        open(focal);

        _setValue(email(), "dau.moi@localhost");
        _click(save());

        _expectInvalid(email(), "không phải địa chỉ email hợp lệ");
        assertThat(preferences.mine(focal).email()).isNull();
    }

    @Test
    void theScreenSpeaksEnglishWhenTheUserChoseEnglish() {
        Actor focal = fixtures.newWorld().focalPoint(World.SO_A);
        loginAs(focal);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("account");

        assertThat(email().getLabel()).isEqualTo("Email address");
        assertThat(choice(NotificationKind.ESCALATION).getLabel()).isEqualTo("Escalated to leaders");
        assertThat(choice(NotificationKind.ESCALATION).getItemLabelGenerator().apply(DeliveryMode.DIGEST))
                .isEqualTo("In the morning digest");
        assertThat(language().getItemLabelGenerator().apply("vi")).isEqualTo("Tiếng Việt");
        assertThat(save().getText()).isEqualTo("Save");
    }

    @Test
    void aLeaderNamesADeputyForAWeekAndEndsItAndAReversedRangeIsRefusedOnItsField() {
        World world = fixtures.newWorld();
        Actor deputy = fixtures.user(world, "pho", vn.chidao.base.Role.LEADER, null);
        open(world.leader());
        SubstitutesCard card = _get(SubstitutesCard.class);
        assertThat(card.who.getListDataView().getItems()).extracting(u -> u.username())
                .containsExactly(deputy.username());

        _setValue(card.who, card.who.getListDataView().getItem(0));
        _setValue(card.from, java.time.LocalDate.now().plusDays(3));
        _setValue(card.to, java.time.LocalDate.now().plusDays(1));
        _click(card.add);
        _expectInvalid(card.to, "ngày kết thúc phải sau ngày bắt đầu");

        _setValue(card.to, java.time.LocalDate.now().plusDays(9));
        _click(card.add);
        assertThat(substitutes.mine(world.leader())).singleElement()
                .satisfies(s -> assertThat(s.username()).isEqualTo(deputy.username()));
        assertThat(card.list.getElement().getTextRecursively()).contains(deputy.username());

        _click(com.github.mvysny.kaributesting.v10.LocatorJ._find(card.list, Button.class).get(0));
        assertThat(substitutes.mine(world.leader())).isEmpty();
        assertThat(card.list.getElement().getTextRecursively()).contains("Chưa ủy quyền cho ai.");
    }

    @Autowired
    vn.chidao.security.SubstituteService substitutes;

    private void open(Actor actor) {
        loginAs(actor);
        UI.getCurrent().navigate("account");
    }

    private static EmailField email() {
        return _get(EmailField.class, spec -> spec.withId("account-email"));
    }

    @SuppressWarnings("unchecked")
    private static Select<String> language() {
        return _get(Select.class, spec -> spec.withId("account-language"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<DeliveryMode> choice(NotificationKind kind) {
        return _get(RadioButtonGroup.class, spec -> spec.withId("account-choice-" + kind.name()));
    }

    private static Paragraph noEmail() {
        return _get(Paragraph.class, spec -> spec.withId("account-no-email"));
    }

    private static Button save() {
        return _get(Button.class, spec -> spec.withId("account-save"));
    }
}
