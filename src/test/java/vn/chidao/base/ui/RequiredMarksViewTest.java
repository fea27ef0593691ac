package vn.chidao.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import vn.chidao.support.KaribuSupport;

/** The administrators' forms mark the fields they need, as the editor and the task forms do. */
class RequiredMarksViewTest extends KaribuSupport {

    @Test
    void aDayOfTheCalendarNeedsItsDateAndName() {
        loginAs(fixtures.admin());
        UI.getCurrent().navigate("admin/calendar");

        for (String list : new String[] {"daysOff", "workingDays"}) {
            assertThat(_get(DatePicker.class, spec -> spec.withId(list + "-date")).isRequiredIndicatorVisible())
                    .as(list).isTrue();
            assertThat(_get(TextField.class, spec -> spec.withId(list + "-name")).isRequiredIndicatorVisible())
                    .as(list).isTrue();
        }
    }

    @Test
    void theClocksTargetIsMarked() {
        loginAs(fixtures.admin());
        UI.getCurrent().navigate("admin/clock");

        DateTimePicker target = _get(DateTimePicker.class, spec -> spec.withId("clock-target"));
        assertThat(target.isRequiredIndicatorVisible()).isTrue();
    }
}
