package vn.chidao.dashboard;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.Messages;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.EmptyState;
import vn.chidao.base.ui.Feedback;
import vn.chidao.conclusion.ConclusionService;

/**
 * The leaders' dashboard: for a committee (or all) and the months of the deadline, the official split as figures
 * and a chart, the overdue heatmap of units × months (a cell opens its assignments in the register), the
 * units' ranking by on-time rate with their criticisms, and how long the overdue ones are late. A unit role
 * sees its own unit only (the service decides).
 */
@Route("dashboard")
@Menu(title = "menu.dashboard", icon = "vaadin:dashboard", order = 30)
@RolesAllowed({"SECRETARIAT", "LEADER", "UNIT_HEAD", "FOCAL_POINT", "GOVERNMENT_ADMIN"})
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    final DashboardFilters filters;
    final SummaryPanel summary = new SummaryPanel();
    final HeatmapPanel heatmap = new HeatmapPanel(this::openCell);
    final RankingPanel ranking = new RankingPanel();
    final AgeingPanel ageing = new AgeingPanel();
    final IndicatorPanel indicators = new IndicatorPanel(link -> UI.getCurrent().navigate(RegisterLink.REGISTER,
            link.parameters()));
    final EmptyState nothing;
    /** "Xuất báo cáo": the report to the Chairman (.docx) for the filters' committee and period. */
    final Anchor report = new Anchor();
    private final Div content = new Div();
    private final DashboardService dashboard;
    private final IndicatorFigures indicatorFigures;
    private final ProgressReportService reports;
    private final Messages messages;
    private final Actor actor;

    DashboardView(DashboardService dashboard, ProgressReportService reports, ConclusionService conclusions,
                  Messages messages, CurrentUser user, AppClock clock, IndicatorFigures indicatorFigures) {
        this.dashboard = dashboard;
        this.indicatorFigures = indicatorFigures;
        this.reports = reports;
        this.messages = messages;
        this.actor = user.actor();
        addClassName("chidao-dashboard");
        filters = new DashboardFilters(conclusions.committeeList(actor), YearMonth.now(clock),
                dashboard.defaultPeriod(actor, null), dashboard.hasEndedUnits(actor), this::reload);
        nothing = new EmptyState("dashboard-nothing", VaadinIcon.CHART_GRID.create(),
                getTranslation("dashboard.nothing"), nothingHint(), firstConclusionButton());
        Div side = new Div(ranking, ageing);
        side.addClassName("chidao-dashboard-side");
        Div main = new Div(heatmap, side);
        main.addClassName("chidao-dashboard-main");
        content.add(summary, main, indicators);
        content.addClassName("chidao-dashboard-content");
        add(filters, nothing, content);
        reportButton();
        reload();
    }

    private void reportButton() {
        Button button = new Button(getTranslation("dashboard.report"), VaadinIcon.FILE_TEXT_O.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTabIndex(-1);
        report.setId("dashboard-report");
        report.add(button);
        filters.add(report);
        filters.setVerticalComponentAlignment(Alignment.END, report);
    }

    private String nothingHint() {
        if (actor.unitCode() != null && !actor.hasAny(Role.SECRETARIAT, Role.LEADER, Role.ADMIN)) {
            return getTranslation("dashboard.nothing.unit", actor.unitCode());
        }
        return getTranslation(actor.has(Role.SECRETARIAT) ? "dashboard.nothing.secretariat" : "dashboard.nothing.leader");
    }

    private Button[] firstConclusionButton() {
        if (!actor.has(Role.SECRETARIAT)) {
            return new Button[0];
        }
        Button create = new Button(getTranslation("dashboard.nothing.create"), VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate("conclusions/new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("dashboard-create-conclusion");
        return new Button[] {create};
    }

    /** Reads every figure again for the filters' committee and period. */
    void reload() {
        filters.period().ifPresent(period -> {
            String committee = filters.committeeId();
            LocalDate from = period.from().atDay(1);
            LocalDate to = period.to().atEndOfMonth();
            try {
                boolean anything = hasAnything(dashboard.summary(actor, null, null, null));
                nothing.setVisible(!anything);
                report.setVisible(anything);
                content.setVisible(anything);
                if (!anything) {
                    return;
                }
                summary.show(dashboard.summary(actor, committee, from, to), from, to, committeeId());
                EndedUnits ended = filters.ended();
                heatmap.show(dashboard.heatmap(actor, committee, period.from(), period.to(), ended));
                ranking.show(dashboard.ranking(actor, committee, from, to, ended));
                ageing.show(dashboard.ageing(actor, committee));
                indicators.show(indicatorFigures.counts(actor, committee, from, to, getLocale()), from, to,
                        committeeId());
                report.setHref(download(committee, from, to, ended), AttachmentType.DOWNLOAD);
            } catch (DomainException refused) {
                Feedback.refused(messages, refused);
            }
        });
    }

    /** The report of this filter, as the caller (the handler runs later, in the download's own request). */
    private DownloadHandler download(String committee, LocalDate from, LocalDate to, EndedUnits ended) {
        Actor caller = actor;
        ProgressReportService service = reports;
        return event -> write(service, caller, committee, from, to, ended, event);
    }

    private static void write(ProgressReportService service, Actor caller, String committee, LocalDate from,
                              LocalDate to, EndedUnits ended, DownloadEvent event) throws IOException {
        try {
            ProgressReportService.ReportFile file = service.progress(caller, committee, from, to, ended);
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            event.getOutputStream().write(file.bytes());
        } catch (DomainException refused) {
            event.getResponse().setStatus(refused instanceof ForbiddenException ? 403 : 400);
        }
    }

    private static boolean hasAnything(DashboardSummary all) {
        return all.doneOnTime() + all.doneLate() + all.openOnTime() + all.openOverdue() + all.ongoing() > 0;
    }

    private Long committeeId() {
        return filters.committee.getValue() == null ? null : filters.committee.getValue().id();
    }

    /**
     * A heatmap cell: the register with exactly its overdue assignments, or, when none is overdue, with its
     * assignments done or open on time; a cell with nothing in it says so.
     */
    private void openCell(HeatmapChart.CellClickEvent event) {
        if (event.unit() == null || event.month() == null) {
            return;
        }
        Heatmap drawn = heatmap.chart.getHeatmap();
        Optional<Heatmap.Cell> cell = drawn == null ? Optional.empty()
                : drawn.cell(event.unit(), event.month().toString());
        if (cell.isEmpty()) {
            nothingToOpen(drawn, event.unit(), event.month());
            return;
        }
        RegisterLink link = cell.get().overdue() > 0
                ? RegisterLink.overdue(event.unit(), event.month(), committeeId())
                : RegisterLink.onTime(event.unit(), event.month(), committeeId());
        UI.getCurrent().navigate(RegisterLink.REGISTER, link.parameters());
    }

    private void nothingToOpen(Heatmap drawn, String unitCode, YearMonth month) {
        String unit = drawn == null ? unitCode : drawn.units().stream().filter(u -> u.code().equals(unitCode))
                .map(Heatmap.UnitRef::name).findFirst().orElse(unitCode);
        Notification notice = Notification.show(getTranslation("dashboard.heatmap.nothingToOpen", unit,
                month.format(DateTimeFormatter.ofPattern("MM/yyyy"))), 5000, Notification.Position.BOTTOM_START);
        notice.setId("dashboard-heatmap-nothing");
        notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard");
    }
}
