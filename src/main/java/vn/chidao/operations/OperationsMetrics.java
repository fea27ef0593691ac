package vn.chidao.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Component;
import vn.chidao.organisation.GovernmentDto;
import vn.chidao.organisation.OrganisationService;

/**
 * The gauges a Prometheus server scrapes, read from the {@link FigureReader}'s reading (at most 30 s old):
 * {@code chidao.assignments.open} and {@code chidao.assignments.overdue} per government (tag {@code government},
 * its code), {@code chidao.deliveries} (tag {@code status}: pending, failed), {@code chidao.jobs.due},
 * {@code chidao.jobs.failed} and {@code chidao.incidents}. A new government's gauges are added before the next
 * scrape ({@link ScrapeFilter}).
 */
@Component
class OperationsMetrics implements MeterBinder {

    static final String OPEN = "chidao.assignments.open";
    static final String OVERDUE = "chidao.assignments.overdue";
    static final String GOVERNMENT = "government";

    private final FigureReader figures;
    private final OrganisationService organisation;
    private final Set<String> governments = ConcurrentHashMap.newKeySet();
    private volatile MeterRegistry registry;

    OperationsMetrics(FigureReader figures, OrganisationService organisation) {
        this.figures = figures;
        this.organisation = organisation;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        gauge("chidao.deliveries", "Deliveries (email, webhook) by status", Figures::deliveriesPending)
                .tag("status", "pending").register(registry);
        gauge("chidao.deliveries", "Deliveries (email, webhook) by status", Figures::deliveriesFailed)
                .tag("status", "failed").register(registry);
        gauge("chidao.jobs.due", "Engine jobs due now, not yet executed (the job executor's backlog)",
                Figures::jobsDue).register(registry);
        gauge("chidao.jobs.failed", "Engine jobs with no retries left", Figures::jobsFailed)
                .register(registry);
        gauge("chidao.incidents", "Open engine incidents", Figures::incidents).register(registry);
    }

    /** Adds the gauges of the governments that have none yet: one small query. */
    void addNewGovernments() {
        MeterRegistry target = registry;
        if (target == null) {
            return;
        }
        for (GovernmentDto government : organisation.allGovernments()) {
            String code = government.code();
            if (governments.add(code)) {
                gauge(OPEN, "Open assignments (not done, not cancelled) per government",
                        f -> f.open().getOrDefault(code, 0L)).tag(GOVERNMENT, code).register(target);
                gauge(OVERDUE, "Open overdue assignments per government (the register's OPEN_OVERDUE)",
                        f -> f.overdue().getOrDefault(code, 0L)).tag(GOVERNMENT, code).register(target);
            }
        }
    }

    private Gauge.Builder<FigureReader> gauge(String name, String description, ToLongFunction<Figures> figure) {
        return Gauge.builder(name, figures, reader -> figure.applyAsLong(reader.current()))
                .description(description).strongReference(true);
    }
}
