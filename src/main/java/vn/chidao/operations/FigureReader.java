package vn.chidao.operations;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.AssignmentQueries;
import vn.chidao.assignment.AssignmentSpecs;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.time.AppClock;
import vn.chidao.delivery.DeliveryService;
import vn.chidao.delivery.DeliveryStatus;
import vn.chidao.organisation.GovernmentDto;
import vn.chidao.organisation.OrganisationService;

/**
 * Reads the {@link Figures} with a few count queries (two grouped ones for the assignments), and keeps the
 * reading for {@link #MAX_AGE} so that scrapes and gauges do not query the database each time. Overdue is the
 * register's {@code OPEN_OVERDUE} ({@link AssignmentSpecs#withTimeliness}) as of today by the application's clock.
 */
@Component
class FigureReader {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final AssignmentQueries assignments;
    private final OrganisationService organisation;
    private final DeliveryService deliveries;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final AppClock clock;

    private Figures last;
    private long readAt;

    FigureReader(AssignmentQueries assignments, OrganisationService organisation, DeliveryService deliveries,
                 ManagementService management, RuntimeService runtime, AppClock clock) {
        this.assignments = assignments;
        this.organisation = organisation;
        this.deliveries = deliveries;
        this.management = management;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** The last reading, read again when it is older than {@link #MAX_AGE}. */
    synchronized Figures current() {
        if (last == null || System.nanoTime() - readAt > MAX_AGE.toNanos()) {
            refresh();
        }
        return last;
    }

    /** Reads the figures now. */
    synchronized Figures refresh() {
        Map<Long, String> codes = organisation.allGovernments().stream()
                .collect(Collectors.toMap(GovernmentDto::id, GovernmentDto::code));
        LocalDate today = LocalDate.now(clock);
        last = new Figures(
                byCode(assignments.countByGovernment(AssignmentSpecs.open()), codes),
                byCode(assignments.countByGovernment(AssignmentSpecs.withTimeliness(Timeliness.OPEN_OVERDUE, today)),
                        codes),
                deliveries.count(DeliveryStatus.PENDING),
                deliveries.count(DeliveryStatus.FAILED),
                dueJobs(),
                management.createJobQuery().noRetriesLeft().count(),
                runtime.createIncidentQuery().count());
        readAt = System.nanoTime();
        return last;
    }

    /** Jobs due now that the job executor should pick up: retries left, not suspended. */
    long dueJobs() {
        return management.createJobQuery().executable().active().count();
    }

    /** Every government, with 0 where it has none. */
    private static Map<String, Long> byCode(Map<Long, Long> counts, Map<Long, String> codes) {
        return codes.keySet().stream().collect(Collectors.toUnmodifiableMap(codes::get,
                id -> counts.getOrDefault(id, 0L)));
    }
}
