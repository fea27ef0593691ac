package vn.chidao.dashboard;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * Base of the tests that read the figures of {@link DashboardScenario}'s book, built anew before each test (its own
 * government), over the months it spans; the clock the book moved is reset after each test.
 */
@ChidaoTest
abstract class OnTheScenario {

    static final LocalDate FROM = LocalDate.of(2024, 3, 1);
    static final LocalDate TO = LocalDate.of(2024, 10, 31);

    @Autowired
    DashboardScenario scenario;
    @Autowired
    TimeTravel time;

    DashboardScenario.Book book;
    World world;

    @BeforeEach
    void buildTheBook() {
        book = scenario.build();
        world = book.world();
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }
}
