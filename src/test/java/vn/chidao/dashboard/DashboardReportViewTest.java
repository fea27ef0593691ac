package vn.chidao.dashboard;

import static com.github.mvysny.kaributesting.v10.DownloadKt.download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.support.Fixtures;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/** The dashboard's "Xuất báo cáo" downloads the report to the Chairman for the filters as they stand. */
class DashboardReportViewTest extends KaribuSupport {

    @Autowired
    DashboardScenario scenario;
    @Autowired
    DashboardService dashboard;
    @Autowired
    Fixtures fixtures;

    @Test
    void theReportButtonDownloadsTheReportOfTheCurrentFilter() {
        DashboardScenario.Book book = scenario.build();
        Actor leader = book.world().leader();
        DashboardView view = open(leader);
        assertThat(_get(view.report, Button.class).getText()).isEqualTo("Xuất báo cáo");

        XWPFDocument twelveMonths = ReportDocs.open(download(view.report));
        LocalDate from = LocalDate.of(2023, 10, 1);
        LocalDate to = LocalDate.of(2024, 9, 30);
        assertThat(ProgressReportTest.split(twelveMonths)).isEqualTo(dashboard.summary(leader, null, from, to));

        _setValue(view.filters.committee, view.filters.committee.getListDataView().getItems()
                .filter(c -> c.name().equals(DashboardScenario.OTHER_COMMITTEE)).findFirst().orElseThrow());
        _setValue(view.filters.from, YearMonth.of(2024, 4));
        _setValue(view.filters.to, YearMonth.of(2024, 4));
        XWPFDocument april = ReportDocs.open(download(view.report));
        assertThat(ProgressReportTest.split(april)).isEqualTo(new DashboardSummary(1, 0, 0, 0, 0));
        assertThat(ReportDocs.rows(april, "TT", "Đơn vị")).extracting(r -> r.get(1)).containsExactly("Sở A", "Tổng cộng");
    }

    @Test
    void aFocalPointsReportHoldsItsUnitOnly() {
        DashboardScenario.Book book = scenario.build();
        DashboardView view = open(book.world().focalPoint(World.SO_B));

        XWPFDocument doc = ReportDocs.open(download(view.report));

        assertThat(ReportDocs.rows(doc, "TT", "Đơn vị")).extracting(r -> r.get(1)).containsExactly("Sở B", "Tổng cộng");
    }

    @Test
    void withNothingToCountThereIsNoReportToExport() {
        DashboardView view = open(fixtures.newWorld().leader());

        assertThat(view.report.isVisible()).isFalse();
    }

    private DashboardView open(Actor actor) {
        loginAs(actor);
        UI.getCurrent().navigate("dashboard");
        return _get(DashboardView.class);
    }
}
