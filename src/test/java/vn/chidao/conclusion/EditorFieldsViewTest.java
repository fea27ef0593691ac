package vn.chidao.conclusion;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.organisation.UnitDto;
import vn.chidao.security.UserService;
import vn.chidao.support.Drafts;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/**
 * What a new secretariat officer stumbled on in the editor: Enter on the only unit the typed text matches picks it,
 * every required field is marked, the reminder field's label is short and explained, and a reporting period is
 * named ("Hằng tháng", "Monthly"), never shown with its ISO code.
 */
class EditorFieldsViewTest extends KaribuSupport {

    @Autowired
    UserService users;

    @Test
    void enterOnTheOnlyMatchingUnitPicksIt() {
        World world = fixtures.newWorld();
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/new");
        selectByLabel(combo("directive-0-lead"), World.SO_A + " · Sở A");
        MultiSelectComboBox<UnitDto> coordinating = multiCombo("directive-0-coordinating");

        enter(coordinating, "sở");
        enter(coordinating, "HUYỆN");

        assertThat(coordinating.getValue()).extracting(UnitDto::code).containsExactly(World.SO_B, World.HUYEN_A);
    }

    @Test
    void enterOnTextThatMatchesSeveralUnitsOrNonePicksNothing() {
        World world = fixtures.newWorld();
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/new");
        MultiSelectComboBox<UnitDto> coordinating = multiCombo("directive-0-coordinating");

        enter(coordinating, "sở");
        enter(coordinating, "không có");

        assertThat(coordinating.getValue()).isEmpty();
    }

    @Test
    void everyRequiredFieldOfTheEditorIsMarked() {
        World world = fixtures.newWorld();
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/new");

        assertRequired(combo("committee"), _get(DatePicker.class, s -> s.withId("meeting-date")),
                _get(TextArea.class, s -> s.withId("title")),
                _get(TextArea.class, s -> s.withId("directive-0-content")), combo("directive-0-lead"), deadlineKind(),
                _get(DatePicker.class, s -> s.withId("directive-0-deadline")), integer("directive-0-reminder-days"));
        assertThat(combo("committee-chair").isRequiredIndicatorVisible()).as("the chair is optional").isFalse();

        _setValue(deadlineKind(), DirectiveForm.DeadlineKind.WORKING_DAYS);
        assertRequired(integer("directive-0-working-days"));
        _setValue(deadlineKind(), DirectiveForm.DeadlineKind.ONGOING);
        assertRequired(select("directive-0-report-every"));
        _setValue(_get(Checkbox.class, s -> s.withId("directive-0-separately")), true);
        assertRequired(multiCombo("directive-0-coordinating"));
    }

    @Test
    void theReminderFieldHasAShortLabelExplainedBelowAndInItsTooltip() {
        World world = fixtures.newWorld();
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/new");

        IntegerField reminder = integer("directive-0-reminder-days");
        assertThat(reminder.getLabel()).isEqualTo("Nhắc trước hạn");
        assertThat(reminder.getHelperText()).isEqualTo("số ngày làm việc; 0 là nhắc vào ngày đến hạn");
        assertThat(reminder.getTooltip().getText()).contains("ngày làm việc");
    }

    @Test
    void theEditorNamesThePeriodsWithoutTheirCodesInEnglishToo() {
        World world = fixtures.newWorld();
        users.changeLanguage(world.secretariat(), "en");
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/new");
        _setValue(deadlineKind(), DirectiveForm.DeadlineKind.ONGOING);

        Select<String> every = select("directive-0-report-every");
        assertThat(every.getListDataView().getItems().map(every.getItemLabelGenerator()::apply))
                .containsExactly("Weekly", "Monthly", "Quarterly", "Every 6 months");
    }

    @Test
    void aDirectiveCardNamesItsPeriodWithoutItsCode() {
        World world = fixtures.newWorld();
        long id = fixtures.issue(world, Drafts.conclusion(LocalDate.of(2025, 6, 12),
                Drafts.ongoingEvery("P1M", World.SO_A), Drafts.ongoingEvery("P2W", World.SO_B))).id();
        Actor focal = world.focalPoint(World.SO_A);
        users.changeLanguage(focal, "en");
        loginAs(focal);
        UI.getCurrent().navigate("conclusions/" + id);

        assertThat(textOf("directive-1-deadline")).contains("Ongoing · reports monthly").doesNotContain("P1M");
        assertThat(textOf("directive-2-deadline")).contains("Ongoing · reports every 2 weeks").doesNotContain("P2W");
    }

    private static void enter(MultiSelectComboBox<UnitDto> box, String typed) {
        JsonObject data = Json.createObject();
        data.put("event.detail", typed);
        _fireDomEvent(box, UnitPicker.ONLY_MATCH_EVENT, data);
    }

    private static void assertRequired(Component... fields) {
        for (Component field : fields) {
            assertThat(((HasValue<?, ?>) field).isRequiredIndicatorVisible()).as(field.getId().orElse("?")).isTrue();
        }
    }

    private static String textOf(String id) {
        return _get(Div.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<DirectiveForm.DeadlineKind> deadlineKind() {
        return _get(RadioButtonGroup.class, s -> s.withId("directive-0-deadline-kind"));
    }

    private static IntegerField integer(String id) {
        return _get(IntegerField.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Select<String> select(String id) {
        return _get(Select.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<UnitDto> multiCombo(String id) {
        return _get(MultiSelectComboBox.class, s -> s.withId(id));
    }
}
