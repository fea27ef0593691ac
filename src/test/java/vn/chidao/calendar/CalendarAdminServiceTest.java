package vn.chidao.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chidao.base.Actor;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Role;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * Replacing a year's data: the calendar answers differently at once, invalid data is refused field by field,
 * only the installation's administrator changes it, and the seeds never overwrite a year the database has.
 * Each test uses a year of its own, far from the years other tests count in.
 */
@ChidaoTest
class CalendarAdminServiceTest {

    @Autowired
    CalendarAdminService admin;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    CalendarSeeder seeder;
    @Autowired
    StoredYearRepository storedYears;
    @Autowired
    StoredDayRepository storedDays;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Fixtures fixtures;

    @Test
    void replacingAYearChangesWhatTheCalendarAnswersAtOnce() {
        Actor root = fixtures.admin();
        LocalDate wednesday = LocalDate.of(2150, 3, 4);
        LocalDate saturday = LocalDate.of(2150, 3, 7);
        admin.replace(root, 2150, input(null, List.of(day(wednesday, "Nghỉ hoán đổi (làm bù thứ Bảy 07/03)")),
                List.of(day(saturday, "Làm bù cho ngày 04/03"))));

        assertThat(calendar.isWorkingDay(wednesday)).isFalse();
        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2150, 3, 3), 1)).isEqualTo(LocalDate.of(2150, 3, 5));
        CalendarYear year = admin.year(root, 2150);
        assertThat(year.source()).isEqualTo(CalendarYear.Source.DATA);
        assertThat(year.workingDays()).containsExactly(day(saturday, "Làm bù cho ngày 04/03"));

        // The data replaces the rule entirely: 1/1 is worked when the data leaves it out.
        admin.replace(root, 2150, input(2150, List.of(day(LocalDate.of(2150, 3, 5), "Nghỉ thử")), null));

        assertThat(calendar.isWorkingDay(wednesday)).isTrue();
        assertThat(calendar.isWorkingDay(saturday)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2150, 1, 1))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2150, 3, 5))).isFalse();
        assertThat(admin.year(root, 2150).daysOff()).containsExactly(day(LocalDate.of(2150, 3, 5), "Nghỉ thử"));
    }

    static Stream<Arguments> invalidYears() {
        LocalDate wednesday = LocalDate.of(2151, 3, 3);
        LocalDate saturday = LocalDate.of(2151, 3, 6);
        return Stream.of(
                Arguments.of("a date of another year", 2151,
                        input(null, List.of(day(LocalDate.of(2152, 1, 1), "Tết Dương lịch")), List.of()),
                        List.of("daysOff[0].date")),
                Arguments.of("a date twice", 2151,
                        input(null, List.of(day(wednesday, "A"), day(LocalDate.of(2151, 3, 4), "B"), day(wednesday, "C")),
                                List.of()), List.of("daysOff[2].date")),
                Arguments.of("a date off and worked", 2151,
                        input(null, List.of(day(saturday, "Nghỉ")), List.of(day(saturday, "Làm bù"))),
                        List.of("workingDays[0].date")),
                Arguments.of("a weekday worked", 2151, input(null, List.of(), List.of(day(wednesday, "Làm bù"))),
                        List.of("workingDays[0].date")),
                Arguments.of("no name, no date", 2151,
                        input(null, List.of(day(wednesday, " "), day(null, "Nghỉ")), List.of()),
                        List.of("daysOff[0].name", "daysOff[1].date")),
                Arguments.of("another year in the body", 2151, input(2152, List.of(), List.of()), List.of("year")),
                Arguments.of("no days off", 2151, input(null, null, List.of()), List.of("daysOff")),
                Arguments.of("a year before 1900", 1899, input(null, List.of(), List.of()), List.of("year")),
                Arguments.of("a year after 2200", 2201, input(null, List.of(), List.of()), List.of("year")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidYears")
    void invalidDataIsRefusedWithItsFieldsAndChangesNothing(String cause, int year, CalendarYearInput input,
                                                            List<String> fields) {
        Actor root = fixtures.admin();
        CalendarYear before = calendar.year(2151);

        InvalidInputException error = catchThrowableOfType(() -> admin.replace(root, year, input),
                InvalidInputException.class);

        assertThat(error).as(cause).isNotNull();
        assertThat(error.errors()).extracting(InvalidInputException.FieldError::field)
                .containsExactlyElementsOf(fields);
        assertThat(calendar.year(2151)).isEqualTo(before);
    }

    @Test
    void onlyTheInstallationAdministratorChangesTheCalendarAndOnlyAdministratorsReadIt() {
        World world = fixtures.newWorld();
        Actor governmentAdmin = fixtures.user(world, "qt", Role.ADMIN, null);
        LocalDate monday = LocalDate.of(2152, 3, 6);
        CalendarYearInput change = input(null, List.of(day(monday, "Nghỉ")), List.of());

        assertThatThrownBy(() -> admin.year(world.secretariat(), 2025)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> admin.replace(world.secretariat(), 2152, change))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> admin.replace(governmentAdmin, 2152, change)).isInstanceOf(ForbiddenException.class);
        assertThat(admin.year(governmentAdmin, 2025).source()).isEqualTo(CalendarYear.Source.DATA);
        assertThat(calendar.isWorkingDay(monday)).isTrue();
    }

    @Test
    void theSeedsLoadMissingYearsAndNeverOverwriteOneTheDatabaseHas() {
        Actor root = fixtures.admin();
        LocalDate edited = LocalDate.of(2153, 6, 4);
        admin.replace(root, 2153, input(null, List.of(day(edited, "Sửa của quản trị")), List.of()));
        forget(2154);
        CalendarYear seed2153 = new CalendarYear(2153, CalendarYear.Source.DATA,
                List.of(day(LocalDate.of(2153, 6, 5), "Từ tệp")), List.of());
        CalendarYear seed2154 = new CalendarYear(2154, CalendarYear.Source.DATA,
                List.of(day(LocalDate.of(2154, 6, 4), "Từ tệp")), List.of());

        List<Integer> loaded = seeder.load(List.of(new CalendarSeeds.SeedYear("seeds/calendar/2153.yml", seed2153),
                new CalendarSeeds.SeedYear("seeds/calendar/2154.yml", seed2154)));
        calendar.reload();

        assertThat(loaded).containsExactly(2154);
        assertThat(calendar.year(2153).daysOff()).containsExactly(day(edited, "Sửa của quản trị"));
        assertThat(calendar.year(2154)).isEqualTo(seed2154);
        assertThat(calendar.isWorkingDay(LocalDate.of(2154, 6, 4))).isFalse();
    }

    @Test
    void theAnnouncedYearsWereLoadedOnStartUp() {
        for (int year = 2022; year <= 2026; year++) {
            assertThat(calendar.year(year).source()).as("%d", year).isEqualTo(CalendarYear.Source.DATA);
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
    }

    private void forget(int year) {
        transactions.executeWithoutResult(status -> {
            storedDays.deleteAll(storedDays.findByYearNumber(year));
            storedYears.findById(year).ifPresent(storedYears::delete);
        });
        calendar.reload();
    }

    static CalendarYearInput input(Integer year, List<CalendarDay> daysOff, List<CalendarDay> workingDays) {
        return new CalendarYearInput(year, daysOff, workingDays);
    }

    static CalendarDay day(LocalDate date, String name) {
        return new CalendarDay(date, name);
    }
}
