package vn.chidao.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.Actor;
import vn.chidao.base.InvalidInputException;
import vn.chidao.indicator.IndicatorDto;
import vn.chidao.indicator.IndicatorService;
import vn.chidao.register.AssignmentFilter;
import vn.chidao.register.RegisterService;

/**
 * Open, overdue and done-late counts per DTI main indicator for the dashboard's filter (committee, deadlines in
 * [from, to]; unit roles their own unit). Not from the rollup: the rollup has no indicator dimension, and adding one
 * would multiply its rows by the tags. Counted instead through the register's own query (so a bar's figure is
 * exactly what its drill-down lists): 3 counts per main indicator, each a count of assignments whose directive is
 * among the indicator's tagged ones, found through {@code ix_directive_indicator_code (indicator_code,
 * directive_id)} and the assignments' index on their directive; it stays fast as long as tagged directives number
 * in the thousands, not as assignments grow.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorFigures {

    private final RegisterService register;
    private final IndicatorService indicators;

    IndicatorFigures(RegisterService register, IndicatorService indicators) {
        this.register = register;
        this.indicators = indicators;
    }

    public List<IndicatorCounts> counts(Actor actor, String committee, LocalDate from, LocalDate to, Locale locale) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.of("to", "error.dashboard.toBeforeFrom");
        }
        AssignmentFilter period = new AssignmentFilter(null, null, Set.of(), null, committee, from, to);
        return indicators.main().stream().map(i -> counts(actor, period.withIndicator(i.code()), i, locale)).toList();
    }

    private IndicatorCounts counts(Actor actor, AssignmentFilter filter, IndicatorDto indicator, Locale locale) {
        return new IndicatorCounts(indicator.code(), indicator.name(locale),
                register.count(actor, filter.withTimeliness(Set.of(Timeliness.OPEN_ON_TIME))),
                register.count(actor, filter.withTimeliness(Set.of(Timeliness.OPEN_OVERDUE))),
                register.count(actor, filter.withTimeliness(Set.of(Timeliness.DONE_LATE))));
    }
}
