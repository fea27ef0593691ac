package vn.chidao.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.DirectiveService;
import vn.chidao.base.Messages;
import vn.chidao.base.time.AppClock;
import vn.chidao.clock.ClockService;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.extension.ExtensionService;
import vn.chidao.organisation.GovernmentMerging;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitEndings;
import vn.chidao.security.UserService;

/**
 * Loads seed files through the services, as the people of each government would have worked: the
 * installation admin creates the government, its units and users; the secretariat drafts and submits, the
 * leader approves or rejects; the units' focal points acknowledge, report progress, contribute (coordinating
 * units) or report (lead units), ask for extensions; the secretariat accepts or returns reports, decides
 * extensions, cancels or closes directives; a leader signs off; each on its dated day. The clock moves there
 * through {@link ClockService#replayTo}, which runs the processes' timers falling due on the way, and follows the system
 * clock again at the end. Each government is one transaction; a government whose code exists already is skipped.
 * A file may merge its government with an earlier file's ({@code MERGE_GOVERNMENT}, through {@link GovernmentMerging}),
 * which {@link ChangeCheck#governmentMerges} checks across the files before anything is written.
 */
@Component
class DemoLoader {

    /** Every demo user's password. */
    static final String PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final SeedReader reader;
    private final Replay.Services services;
    private final AppClock clock;
    private final TransactionTemplate transactions;
    private final DemoLoading loading;

    DemoLoader(SeedReader reader, OrganisationService organisation, UserService users, ConclusionService conclusions,
               AssignmentService assignments, ExtensionService extensions, DirectiveService directives,
               Messages messages, AppClock clock, ClockService seedClock, PlatformTransactionManager transactionManager,
               DemoLoading loading, UnitEndings endings,
               GovernmentMerging governmentMerging) {
        this.reader = reader;
        this.services = new Replay.Services(organisation, users, conclusions, assignments, extensions, directives,
                messages, seedClock, endings, governmentMerging);
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.loading = loading;
    }

    /**
     * What loading one file did; {@code jobs}: the engine jobs (timers) that ran while its history replayed, in
     * {@code clockMillis} (moving the clock included).
     */
    record Outcome(String file, String governmentCode, boolean loaded, int units, int users, int conclusions,
                   int assignments, int steps, int changes, int jobs, long clockMillis) {
    }

    /** Reads every seed file and loads it. */
    List<Outcome> loadAll() {
        return load(reader.read());
    }

    /**
     * Checks every file, then loads them one by one. Relative dates ({@code today-12}) count from the day this
     * starts. Nothing is written if any file has a problem; a failure while loading rolls back that file's
     * government and names the file and entry. Meanwhile nobody acts over HTTP ({@link DemoLoading}).
     */
    List<Outcome> load(List<SeedFile> seeds) {
        loading.expect();
        try {
            return checkAndLoad(seeds);
        } finally {
            loading.finish();
        }
    }

    private List<Outcome> checkAndLoad(List<SeedFile> seeds) {
        Instant startedAt = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<String> problems = new ArrayList<>();
        for (SeedFile seed : seeds) {
            SeedCheck.problems(seed, today).forEach(problem -> problems.add(seed.file() + ": " + problem));
        }
        problems.addAll(ChangeCheck.governmentMerges(seeds));
        if (!problems.isEmpty()) {
            throw new SeedException("The demo seeds have " + problems.size() + " problem(s):\n  "
                    + String.join("\n  ", problems));
        }
        List<Outcome> outcomes = new ArrayList<>();
        try {
            for (SeedFile seed : seeds) {
                loading.loading(seed.government().name(), outcomes.size() + 1, seeds.size());
                outcomes.add(loadOne(seed, today, startedAt));
            }
        } finally {
            clock.reset();
        }
        return outcomes;
    }

    private Outcome loadOne(SeedFile seed, LocalDate today, Instant startedAt) {
        String code = seed.government().code();
        if (services.organisation().findGovernment(code).isPresent()) {
            log.info("Demo seed {}: government {} exists already, skipped", seed.file(), code);
            return new Outcome(seed.file(), code, false, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        long start = System.nanoTime();
        Outcome outcome = transactions.execute(status -> new Replay(services, seed, today, startedAt).run());
        log.info("Demo seed {}: {} ({}) with {} units, {} users, {} conclusions, {} assignments, {} steps, {} changes,"
                        + " {} jobs ({} ms) in {} ms", seed.file(), code, seed.government().name(), outcome.units(),
                outcome.users(), outcome.conclusions(), outcome.assignments(), outcome.steps(), outcome.changes(),
                outcome.jobs(),
                outcome.clockMillis(), Duration.ofNanos(System.nanoTime() - start).toMillis());
        return outcome;
    }
}
