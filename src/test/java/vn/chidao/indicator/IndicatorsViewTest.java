package vn.chidao.indicator;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.support.KaribuSupport;

/**
 * The DTI indicators screen: the installation's administrator reads the weights' total and edits an indicator
 * through the service; a government's administrator reads them only.
 */
class IndicatorsViewTest extends KaribuSupport {

    @Autowired
    IndicatorService indicators;

    @Test
    void theInstallationAdministratorEditsAnIndicatorInItsDialog() {
        Actor root = fixtures.admin();
        IndicatorDto before = find("DTI-8");
        loginAs(root);
        UI.getCurrent().navigate("admin/indicators");
        try {
            @SuppressWarnings("unchecked")
            Grid<IndicatorDto> grid = _get(Grid.class, s -> s.withId("indicators"));
            assertThat(grid.getListDataView().getItemCount()).isEqualTo(indicators.all().size());
            assertThat(_get(Paragraph.class, s -> s.withId("indicators-total")).getText())
                    .isEqualTo("Tổng trọng số của 9 chỉ số chính: 1000/1000 điểm");

            _click(editButton(grid, "DTI-8"));
            _setValue(_get(TextArea.class, s -> s.withId("indicator-name")), "Kinh tế số");
            _setValue(_get(IntegerField.class, s -> s.withId("indicator-weight")), before.weight() - 10);
            _click(_get(Button.class, s -> s.withId("indicator-create")));

            assertThat(find("DTI-8").name()).isEqualTo("Kinh tế số");
            assertThat(_get(Paragraph.class, s -> s.withId("indicators-total")).getText())
                    .as("the total follows the edit").isEqualTo("Tổng trọng số của 9 chỉ số chính: 990/1000 điểm");

            _click(editButton(grid, "DTI-7.1"));
            assertThat(_get(TextArea.class, s -> s.withId("indicator-name")).getValue())
                    .isEqualTo(find("DTI-7.1").name());
            _assertNone(IntegerField.class, s -> s.withId("indicator-weight"));
        } finally {
            indicators.update(root, "DTI-8", new IndicatorChange(before.name(), before.nameEn(), before.weight()));
        }
    }

    @Test
    void aGovernmentsAdministratorReadsTheIndicatorsOnly() {
        loginAs(fixtures.user(fixtures.newWorld(), "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/indicators");

        assertThat(_get(Grid.class, s -> s.withId("indicators")).getColumnByKey("actions")).isNull();
        _assertNone(Button.class, s -> s.withId("indicator-edit-DTI-8"));
    }

    private static Button editButton(Grid<IndicatorDto> grid, String code) {
        int row = grid.getListDataView().getItems().map(IndicatorDto::code).toList().indexOf(code);
        Button edit = (Button) GridKt._getCellComponent(grid, row, "actions");
        assertThat(edit.getId()).hasValue("indicator-edit-" + code);
        return edit;
    }

    private IndicatorDto find(String code) {
        return indicators.all().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
