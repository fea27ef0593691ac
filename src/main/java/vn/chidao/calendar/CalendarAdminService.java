package vn.chidao.calendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.chidao.base.Actor;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;

/**
 * The administrators' side of the calendar: a year as the calendar uses it, and replacing a year's data. The
 * calendar is national, so only the installation's administrator (an ADMIN without a government) changes it;
 * every ADMIN may read it.
 */
@Service
@Transactional(readOnly = true)
class CalendarAdminService {

    private final WorkingCalendar calendar;
    private final CalendarStore store;
    private final AppClock clock;

    CalendarAdminService(WorkingCalendar calendar, CalendarStore store, AppClock clock) {
        this.calendar = calendar;
        this.store = store;
        this.clock = clock;
    }

    public CalendarYear year(Actor actor, int year) {
        actor.require(Role.ADMIN);
        CalendarYearCheck.requireYear(year);
        return calendar.year(year);
    }

    /**
     * Makes {@code input} the data of {@code year}: it replaces the year's stored days and, once the transaction
     * has committed, what the calendar answers for that year.
     */
    @Transactional
    public CalendarYear replace(Actor actor, int year, CalendarYearInput input) {
        actor.require(Role.ADMIN);
        if (!actor.isInstallationAdmin()) {
            throw new ForbiddenException("error.calendar.installationAdmin");
        }
        CalendarYear data = CalendarYearCheck.checked(year, input);
        store.replace(data, clock.instant(), actor.username());
        afterCommit(() -> calendar.replaced(data));
        return data;
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
