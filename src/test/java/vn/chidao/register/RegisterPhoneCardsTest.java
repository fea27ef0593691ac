package vn.chidao.register;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.PhoneCards;
import vn.chidao.base.ui.RowCard;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.ConclusionDraft;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.support.Fixtures;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/** The register on a phone: one card per assignment, opening it with a full-width button. */
class RegisterPhoneCardsTest extends KaribuSupport {

    @Test
    void aPhoneShowsEachAssignmentAsACardThatOpensIt() {
        World world = fixtures.newWorld();
        LocalDate today = LocalDate.of(2024, 3, 5);
        time.startAt(today, 9, 0);
        String content = "Báo cáo tình hình chuyển đổi số quý I";
        ConclusionDetail issued = fixtures.issue(world, new ConclusionDraft("Ban Chỉ đạo chuyển đổi số",
                today.minusDays(2), "Kết luận phiên họp", List.of(new DirectiveDraft(content, World.SO_B, List.of(),
                today.minusDays(1), false, false, null, 3, null))));
        loginAs(world.leader());
        UI.getCurrent().navigate("register");
        RegisterView view = _get(RegisterView.class);

        view.cards.show(true);

        assertThat(view.grid.getColumns()).filteredOn(Grid.Column::isVisible).extracting(Grid.Column::getKey)
                .containsExactly(PhoneCards.KEY);
        RowCard card = (RowCard) _getCellComponent(view.grid, 0, PhoneCards.KEY);
        assertThat(text(card, "chidao-row-card-badges"))
                .contains("Đã giao", "Đang thực hiện quá hạn", World.SO_B, "Chủ trì");
        assertThat(text(card, "chidao-row-card-title")).isEqualTo("1. " + content);
        assertThat(text(card, "chidao-row-card-details")).contains(issued.number(), Dates.format(today.minusDays(1)),
                "quá hạn", "0%");
        Button open = _get(_get(card, Div.class, spec -> spec.withClasses("chidao-row-card-actions")), Button.class);
        assertThat(open.getText()).isEqualTo("Xem nhiệm vụ");
        _click(open);
        assertThat(getCurrentPath()).isEqualTo("assignments/" + Fixtures.assignmentOf(issued, World.SO_B));
    }

    private static String text(RowCard card, String className) {
        return _get(card, Div.class, spec -> spec.withClasses(className)).getElement().getTextRecursively();
    }
}
