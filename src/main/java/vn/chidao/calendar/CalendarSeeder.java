package vn.chidao.calendar;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chidao.base.Messages;
import vn.chidao.base.time.AppClock;

/**
 * On every start and every profile (the calendar is national reference data, production needs it too), loads
 * each {@code seeds/calendar/<year>.yml} whose year the database does not have yet, each year in its own
 * transaction; years already there are left as they are, so an administrator's changes survive restarts. Then the
 * calendar reads the data. Runs before the demo seeds.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class CalendarSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CalendarSeeder.class);

    private final String location;
    private final CalendarStore store;
    private final WorkingCalendar calendar;
    private final AppClock clock;
    private final Messages messages;
    private final TransactionTemplate transactions;

    CalendarSeeder(@Value("${chidao.calendar.location:classpath:seeds/calendar/}") String location,
                   CalendarStore store, WorkingCalendar calendar, AppClock clock, Messages messages,
                   PlatformTransactionManager transactionManager) {
        this.location = location;
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Integer> loaded = load(CalendarSeeds.read(location, messages));
        calendar.reload();
        if (!loaded.isEmpty()) {
            log.info("Calendar: loaded the yearly days off of {} from {}", loaded, location);
        }
    }

    /** Loads the years the database lacks; returns them. */
    List<Integer> load(List<CalendarSeeds.SeedYear> seeds) {
        List<Integer> loaded = new ArrayList<>();
        for (CalendarSeeds.SeedYear seed : seeds) {
            int year = seed.year().year();
            try {
                Boolean done = transactions.execute(status -> {
                    if (store.has(year)) {
                        return false;
                    }
                    store.replace(seed.year(), clock.instant(), seed.file());
                    return true;
                });
                if (Boolean.TRUE.equals(done)) {
                    loaded.add(year);
                }
            } catch (DataIntegrityViolationException e) {
                log.info("Calendar: {} was loaded by another instance at the same time", seed.file());
            }
        }
        return loaded;
    }
}
