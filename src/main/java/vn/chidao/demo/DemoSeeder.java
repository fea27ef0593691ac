package vn.chidao.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chidao.organisation.OrganisationService;

/**
 * On the first start of an empty database (no government yet) with {@code chidao.seed.enabled}, loads the
 * demo seeds. Runs after {@code AdminBootstrap}, which creates the administrator the loader acts as. A seed
 * that cannot be loaded stops the start with the file and entry at fault. The web server answers before this runs:
 * it is told to hold everyone back ({@link DemoLoading}) before it starts, from the moment the database is found
 * empty, until loading ended.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@ConditionalOnProperty("chidao.seed.enabled")
class DemoSeeder implements ApplicationRunner, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoLoader loader;
    private final OrganisationService organisation;
    private final DemoLoading loading;

    DemoSeeder(DemoLoader loader, OrganisationService organisation, DemoLoading loading) {
        this.loader = loader;
        this.organisation = organisation;
        this.loading = loading;
    }

    /** Before the web server starts (it starts once every bean is made). */
    @Override
    public void afterSingletonsInstantiated() {
        if (!organisation.hasAnyGovernment()) {
            loading.expect();
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            seed();
        } finally {
            loading.finish();
        }
    }

    private void seed() {
        if (organisation.hasAnyGovernment()) {
            log.debug("The database has governments: no demo seeds loaded");
            return;
        }
        long start = System.currentTimeMillis();
        int loaded;
        try {
            loaded = (int) loader.loadAll().stream().filter(DemoLoader.Outcome::loaded).count();
        } catch (SeedException e) {
            throw new SeedException(e.getMessage() + "\nThe governments loaded before it stay, and seeding runs only on"
                    + " a database without governments: fix the file, stop the app, delete ./data and start again.", e);
        }
        log.info("Loaded {} demo governments in {} ms; every demo user's password is '{}' (seeds/README.md)",
                loaded, System.currentTimeMillis() - start, DemoLoader.PASSWORD);
    }
}
