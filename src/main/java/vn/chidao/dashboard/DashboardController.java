package vn.chidao.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;

@RestController
@RequestMapping("/api/dashboard")
class DashboardController {

    private final DashboardService dashboard;
    private final IndicatorFigures indicators;

    DashboardController(DashboardService dashboard, IndicatorFigures indicators) {
        this.dashboard = dashboard;
        this.indicators = indicators;
    }

    /** {@code ?committee=&from=yyyy-MM-dd&to=yyyy-MM-dd} → {@code [{code, name, open, overdue, doneLate}]} per DTI main indicator. */
    @GetMapping("/indicators")
    List<IndicatorCounts> indicators(@AuthenticationPrincipal ActorPrincipal caller,
                                     @RequestParam(required = false) String committee,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return indicators.counts(caller.actor(), committee, from, to, LocaleContextHolder.getLocale());
    }

    /** {@code ?committee=&from=yyyy-MM-dd&to=yyyy-MM-dd} → {@code {doneOnTime, doneLate, openOnTime, openOverdue, ongoing}}. */
    @GetMapping("/summary")
    DashboardSummary summary(@AuthenticationPrincipal ActorPrincipal caller,
                             @RequestParam(required = false) String committee,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return dashboard.summary(caller.actor(), committee, from, to);
    }

    /**
     * {@code ?committee=&from=yyyy-MM&to=yyyy-MM&endedUnits=AS_WERE|FOLDED} → {@code {units: [{code, name, shortName,
     * endedOn, folded}], months, overdue, total, overdueCells, neutralCells}}.
     */
    @GetMapping("/heatmap")
    Heatmap heatmap(@AuthenticationPrincipal ActorPrincipal caller,
                    @RequestParam(required = false) String committee,
                    @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                    @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
                    @RequestParam(defaultValue = "AS_WERE") EndedUnits endedUnits) {
        return dashboard.heatmap(caller.actor(), committee, from, to, endedUnits);
    }

    /**
     * {@code ?committee=&from=yyyy-MM-dd&to=yyyy-MM-dd&endedUnits=AS_WERE|FOLDED} → {@code [{code, name, done,
     * doneOnTime, onTimeRate, criticised, endedOn, folded}]}.
     */
    @GetMapping("/ranking")
    List<UnitRanking> ranking(@AuthenticationPrincipal ActorPrincipal caller,
                              @RequestParam(required = false) String committee,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              @RequestParam(defaultValue = "AS_WERE") EndedUnits endedUnits) {
        return dashboard.ranking(caller.actor(), committee, from, to, endedUnits);
    }

    /** {@code ?committee=} → {@code {upTo30, upTo60, upTo120, over120}}: open overdue by days past the deadline. */
    @GetMapping("/ageing")
    OverdueAgeing ageing(@AuthenticationPrincipal ActorPrincipal caller,
                         @RequestParam(required = false) String committee) {
        return dashboard.ageing(caller.actor(), committee);
    }
}
