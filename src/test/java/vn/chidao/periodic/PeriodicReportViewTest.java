package vn.chidao.periodic;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chidao.assignment.CompletionReport;
import vn.chidao.base.Actor;
import vn.chidao.support.Drafts;
import vn.chidao.support.TaskPageTestSupport;
import vn.chidao.support.World;

/**
 * The periodic report of an ongoing directive that reports every two weeks: period 1 is due on 18/3/2024, period 2
 * on 1/4/2024, period 3 on 15/4/2024.
 */
class PeriodicReportViewTest extends TaskPageTestSupport {

    Actor focal;
    long id;

    @BeforeEach
    void anOngoingDirectiveAcknowledged() {
        id = issue(Drafts.ongoingEvery("P2W", World.SO_A)).get(World.SO_A);
        focal = world.focalPoint(World.SO_A);
        assignments.acknowledge(focal, id);
    }

    @Test
    void theFormNamesTheOpenPeriodAndItsDueDayAndTheReportTurnsItsChipGreen() {
        open(focal, id);
        assertThat(text("deadline")).isEqualTo("Thường xuyên");
        assertThat(text("report-every")).isEqualTo("Mỗi 2 tuần");
        assertThat(subtitleOf("report-panel")).isEqualTo("Báo cáo kỳ 1, hạn 18/03/2024");
        assertThat(chip(1).getClassNames()).contains("chidao-period-open");
        assertThat(chip(1).getElement().getTextRecursively()).contains("Kỳ 1", "18/03");

        _setValue(_get(TextArea.class, spec -> spec.withId("report-text")), "Kỳ 1: đã triển khai");
        click("report-submit");
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(chip(1).getClassNames()).contains("chidao-period-on-time");
        assertThat(chip(2).getClassNames()).contains("chidao-period-open");
        assertThat(subtitleOf("report-panel")).isEqualTo("Báo cáo kỳ 2, hạn 01/04/2024");
        assertThat(textOf("period-summary")).contains("1 kỳ đúng hạn", "1 kỳ đang mở");
        assertThat(chip(1).getElement().getAttribute("title")).contains("04/03/2024 – 18/03/2024", focal.username());
    }

    @Test
    void aMissedPeriodIsRedAndAReportSentAfterItsDueDayCountsAsLate() {
        var process = processes.ofAssignment(id);
        time.runUntil(LocalDate.of(2024, 3, 14), 10, 0, process);
        assignments.report(focal, id, new CompletionReport("Kỳ 1: đã triển khai"));
        time.runUntil(LocalDate.of(2024, 4, 3), 10, 0, process);

        open(focal, id);
        assertThat(chip(1).getClassNames()).contains("chidao-period-on-time");
        assertThat(chip(2).getClassNames()).contains("chidao-period-missed");
        assertThat(subtitleOf("report-panel")).isEqualTo("Báo cáo kỳ 2, hạn 01/04/2024");

        _setValue(_get(TextArea.class, spec -> spec.withId("report-text")), "Kỳ 2: báo cáo muộn");
        click("report-submit");
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(chip(2).getClassNames()).contains("chidao-period-late");
        assertThat(chip(3).getClassNames()).contains("chidao-period-open");
        assertThat(textOf("period-summary")).contains("1 kỳ đúng hạn", "1 kỳ báo cáo muộn", "1 kỳ đang mở");
    }

    @Test
    void theSecretariatSeesThePeriodsButNoReportForm() {
        open(world.secretariat(), id);

        assertThat(chip(1).getClassNames()).contains("chidao-period-open");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(TextArea.class,
                spec -> spec.withId("report-text"))).isEmpty();
    }

    private static Div chip(int period) {
        return _get(Div.class, spec -> spec.withId("period-" + period));
    }

    private static String subtitleOf(String panelId) {
        return _get(_get(Div.class, spec -> spec.withId(panelId)), com.vaadin.flow.component.html.Span.class,
                spec -> spec.withClasses("chidao-card-subtitle")).getText();
    }
}
