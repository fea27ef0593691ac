package vn.chidao.dashboard;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import vn.chidao.assignment.AssignmentRow;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.register.AssignmentFilter;
import vn.chidao.register.RegisterService;
import vn.chidao.support.Drafts;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/**
 * The dashboard's chart of open, overdue and done-late assignments per DTI main indicator, and its drill-down: a
 * bar opens the register on that indicator and part for the dashboard's period, listing exactly the bar's count.
 */
class DashboardIndicatorsViewTest extends KaribuSupport {

    @Autowired
    RegisterService register;

    @AfterEach
    void realTime() {
        time.reset();
    }

    @Test
    void aBarCountsAsTheRegisterAndAClickOpensTheRegisterOnItsIndicatorAndPart() {
        World world = fixtures.newWorld();
        time.startAt(LocalDate.of(2030, 5, 27), 9, 0);
        ConclusionDetail issued = fixtures.issue(world, Drafts.conclusion(LocalDate.of(2030, 5, 26),
                Drafts.due(LocalDate.of(2030, 6, 3), World.SO_A).withIndicators(List.of("DTI-3")),
                Drafts.due(LocalDate.of(2030, 6, 20), World.SO_B).withIndicators(List.of("DTI-3.1", "DTI-7"))));
        time.startAt(LocalDate.of(2030, 6, 10), 10, 0);
        loginAs(world.leader());
        UI.getCurrent().navigate("dashboard");
        DashboardView view = _get(DashboardView.class);
        _setValue(view.filters.from, YearMonth.of(2030, 6));
        _setValue(view.filters.to, YearMonth.of(2030, 6));

        IndicatorCounts infrastructure = view.indicators.shown().stream().filter(c -> c.code().equals("DTI-3"))
                .findFirst().orElseThrow();
        assertThat(infrastructure).isEqualTo(new IndicatorCounts("DTI-3", "Hạ tầng số", 1, 1, 0));
        assertThat(view.indicators.shown()).hasSize(9);
        assertThat(view.indicators.chart.getOption().at("/yAxis/data/6").asText()).isEqualTo("Hoạt động chính quyền số");

        _fireDomEvent(view.indicators.chart, "chart-click", click("Đang thực hiện quá hạn", "Hạ tầng số"));

        Location location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("register");
        assertThat(location.getQueryParameters().getParameters()).containsOnly(
                Map.entry("deadlineFrom", List.of("2030-06-01")), Map.entry("deadlineTo", List.of("2030-06-30")),
                Map.entry("timeliness", List.of("OPEN_OVERDUE")), Map.entry("indicator", List.of("DTI-3")));
        AssignmentFilter shown = new AssignmentFilter(null, null, java.util.Set.of(
                vn.chidao.assignment.Timeliness.OPEN_OVERDUE), null, null, LocalDate.of(2030, 6, 1),
                LocalDate.of(2030, 6, 30)).withIndicator("DTI-3");
        assertThat(register.page(world.leader(), shown, Pageable.ofSize(10)).map(AssignmentRow::id).getContent())
                .containsExactly(issued.directives().get(0).assignments().get(0).id());
    }

    /** What the browser sends with a click on a bar (chidao-chart.js). */
    private static JsonObject click(String series, String name) {
        JsonObject data = Json.createObject();
        data.put("event.detail.series", series);
        data.put("event.detail.name", name);
        return data;
    }
}
